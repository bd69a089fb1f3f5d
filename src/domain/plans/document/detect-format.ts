// What kind of file was sent, from its first bytes rather than its name: people rename .doc to .docx, and
// a password-protected .docx is not a zip at all but an OLE container with an encrypted package inside.
import { DomainError } from "../../errors.js";

export type PlanFileFormat = "docx" | "xlsx" | "csv";

/** Larger files are refused before anything is read (a plan table is a few hundred KB at most). */
export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function detectFormat(bytes: Uint8Array, fileName: string): PlanFileFormat {
  if (bytes.length > MAX_PLAN_FILE_BYTES) throw new DomainError("plan-too-large", { mb: Math.ceil(MAX_PLAN_FILE_BYTES / 1024 / 1024) });
  if (startsWith(bytes, OLE)) {
    // Encrypted OOXML keeps its stream names in UTF-16: "EncryptedPackage".
    throw new DomainError(containsUtf16(bytes, "EncryptedPackage") ? "plan-encrypted" : "plan-old-doc");
  }
  const name = fileName.toLowerCase();
  if (startsWith(bytes, ZIP)) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString("latin1");
    if (head.includes("word/") || name.endsWith(".docx")) return "docx";
    if (head.includes("xl/") || name.endsWith(".xlsx")) return "xlsx";
    throw new DomainError("plan-unsupported-format");
  }
  if (name.endsWith(".doc") || name.endsWith(".rtf")) throw new DomainError("plan-old-doc");
  if ((name.endsWith(".csv") || name.endsWith(".txt")) && looksLikeText(bytes)) return "csv";
  throw new DomainError("plan-unsupported-format");
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, "utf16le"));
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return !sample.includes(0);
}
