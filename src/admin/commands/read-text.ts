import { readFile } from "node:fs/promises";
import { CliUsageError } from "../command.js";

/** UTF-8, or Windows-1251 when the bytes are not valid UTF-8: older Russian Excel saves CSV that way. */
export async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new CliUsageError("--file", `cannot read "${file}" (${code})`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}
