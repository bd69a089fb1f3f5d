// A CSV plan (as Excel saves it: ";" and perhaps Windows-1251) → one grid. A line before the header with one
// filled field is the title.
import { readCsv } from "../../schools/read-csv.js";
import { cleanText, type DocumentGrids, type Grid } from "./grid.js";

export function readCsvPlan(bytes: Uint8Array): DocumentGrids {
  const text = decode(bytes);
  const { records } = readCsv(text, delimiterOf(text));
  const paragraphs: string[] = [];
  const grid: Grid = [];
  let origin = 0;
  for (const record of records) {
    const filled = record.fields.filter((f) => f.trim());
    if (grid.length === 0 && filled.length === 1 && record.fields.length > 0 && paragraphs.length < 3 && !/срок|ответствен/i.test(filled[0]!)) {
      paragraphs.push(cleanText(filled[0]!));
      continue;
    }
    grid.push(record.fields.map((f) => ({ text: cleanText(f), origin: origin++ })));
  }
  return { paragraphs, grids: grid.length > 0 ? [grid] : [] };
}

/** UTF-8 unless it does not decode, then Windows-1251 (what Russian Excel writes). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

/** The title line above the table has no delimiters, so count them over the first lines, outside quotes. */
function delimiterOf(text: string): "," | ";" {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.slice(0, 8192)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return semicolons > commas ? ";" : ",";
}
