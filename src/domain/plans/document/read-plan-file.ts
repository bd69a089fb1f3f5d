// One entry point for every file a methodologist may send: .docx, .xlsx or .csv → the plan as written.
import { detectFormat } from "./detect-format.js";
import type { DocumentGrids } from "./grid.js";
import type { ParsedPlan } from "./parsed-plan.js";
import { readCsvPlan } from "./read-csv-plan.js";
import { readDocx } from "./read-docx.js";
import { readPlanTables } from "./read-plan-tables.js";
import { readXlsx } from "./read-xlsx.js";

export async function readPlanFile(bytes: Uint8Array, fileName: string): Promise<ParsedPlan> {
  const format = detectFormat(bytes, fileName);
  const grids: DocumentGrids = format === "docx" ? await readDocx(bytes) : format === "xlsx" ? await readXlsx(bytes) : readCsvPlan(bytes);
  return readPlanTables(grids);
}
