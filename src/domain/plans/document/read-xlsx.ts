// An Excel plan → grids: every worksheet is a table; merged cells share one origin; rows above the header
// (the plan's title) become paragraphs.
import ExcelJS from "exceljs";
import { DomainError } from "../../errors.js";
import { cleanText, type DocumentGrids, type Grid } from "./grid.js";

export async function readXlsx(bytes: Uint8Array): Promise<DocumentGrids> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new DomainError("plan-unreadable");
  }
  const paragraphs: string[] = [];
  const grids: Grid[] = [];
  let origin = 0;
  for (const sheet of workbook.worksheets) {
    const grid: Grid = [];
    const origins = new Map<string, number>();
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        if (!origins.has(master.address)) origins.set(master.address, origin++);
        cells.push({ text: cleanText(master.text ?? ""), origin: origins.get(master.address)! });
      }
      grid.push(cells);
    });
    // A title merged across the top rows is the plan's title, not part of the table.
    while (grid.length > 0 && new Set(grid[0]!.filter((c) => c.text).map((c) => c.origin)).size === 1 && grid[0]!.length > 1) {
      paragraphs.push(grid[0]!.find((c) => c.text)!.text);
      grid.shift();
    }
    grids.push(grid);
  }
  return { paragraphs, grids };
}
