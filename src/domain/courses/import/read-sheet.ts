// Whatever a head sends as "the file": an XLSX workbook or a CSV text becomes rows of cell texts; anything
// else (a photo, a .doc, a password-protected or broken workbook, an empty or huge file) becomes a reason,
// never an exception. Dates in XLSX cells come as ISO dates so they are not re-parsed from a locale's format.
import ExcelJS from "exceljs";
import { readCsv } from "../../schools/read-csv.js";
import { stripControl } from "../../text/clean-text.js";
import { isoFromUtcDate } from "../parse-completion-date.js";

/** Larger files are refused before reading: a real school's list is a few hundred KB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;

export type SheetProblem = "too-large" | "empty" | "wrong-type" | "password" | "broken" | "too-many-rows";

export interface SheetRow {
  /** the row number the head sees in Excel (or the CSV line) */
  line: number;
  cells: string[];
}

export type SheetResult = { ok: true; rows: SheetRow[] } | { ok: false; problem: SheetProblem };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // old .doc/.xls, and encrypted OOXML
const IMAGES = [[0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x47, 0x49, 0x46, 0x38], [0x25, 0x50, 0x44, 0x46] /* %PDF */];

export async function readSheet(bytes: Uint8Array, fileName: string): Promise<SheetResult> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: "too-large" };
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (startsWith(bytes, OLE)) {
    // Excel saves a password-protected .xlsx as an OLE container holding an "EncryptedPackage" stream.
    return { ok: false, problem: containsUtf16(bytes, "EncryptedPackage") ? "password" : "wrong-type" };
  }
  if (IMAGES.some((m) => startsWith(bytes, m))) return { ok: false, problem: "wrong-type" };
  if (startsWith(bytes, ZIP)) {
    // A .docx or .pptx is a ZIP too; its part names sit uncompressed in the local headers.
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64 * 1024)).toString("latin1");
    if (/word\/document\.xml|ppt\/presentation\.xml/.test(head)) return { ok: false, problem: "wrong-type" };
    return readXlsx(bytes);
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) return { ok: false, problem: "broken" };
  if (!/\.(csv|txt)$/i.test(fileName) && !looksLikeText(bytes)) return { ok: false, problem: "wrong-type" };
  return fromCsv(decodeText(bytes));
}

async function readXlsx(bytes: Uint8Array): Promise<SheetResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: "broken" };
  }
  // The first sheet that is not our hidden lists sheet: the head's data.
  const sheet = workbook.worksheets.find((s) => s.state !== "hidden" && s.state !== "veryHidden");
  if (!sheet) return { ok: false, problem: workbook.worksheets.length ? "empty" : "wrong-type" };
  if (sheet.actualRowCount > MAX_ROWS + 1) return { ok: false, problem: "too-many-rows" };
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(stripControl(cellText(row.getCell(c).value)));
    if (cells.some((x) => x.trim() !== "")) rows.push({ line, cells });
  });
  return rows.length === 0 ? { ok: false, problem: "empty" } : { ok: true, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoFromUtcDate(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

function fromCsv(text: string): SheetResult {
  const { records } = readCsv(text);
  if (records.length === 0) return { ok: false, problem: "empty" };
  if (records.length > MAX_ROWS + 1) return { ok: false, problem: "too-many-rows" };
  return { ok: true, rows: records.map((r) => ({ line: r.line, cells: r.fields })) };
}

/** UTF-8 when it is valid UTF-8; otherwise Windows-1251, which Russian Excel writes by default. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control += 1;
  return control === 0;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}
