// Grids → the plan: find the header row, read items and section rows, and follow a table that continues on
// the next page (a second table with the same columns, with or without the header repeated).
import { DomainError } from "../../errors.js";
import type { DocumentGrids, Grid, GridCell } from "./grid.js";
import { readHeader, type PlanColumn } from "./plan-columns.js";
import type { ParsedItem, ParsedPlan } from "./parsed-plan.js";

export function readPlanTables(document: DocumentGrids): ParsedPlan {
  if (document.grids.length === 0) throw new DomainError("plan-no-table");
  const plan: ParsedPlan = { title: titleOf(document.paragraphs), columns: [], sections: [], items: [], skipped: [] };
  let section: string | null = null;
  let row = 0;
  for (const grid of document.grids) {
    const headerAt = findHeader(grid);
    if (headerAt >= 0 && plan.columns.length === 0) plan.columns = readHeader(texts(grid[headerAt]!))!;
    const continues = headerAt < 0 && plan.columns.length > 0 && width(grid) === plan.columns.length;
    if (headerAt < 0 && !continues) {
      row += grid.length;
      continue;
    }
    for (let r = 0; r < grid.length; r++) {
      row++;
      const cells = grid[r]!;
      if (r <= headerAt || isRepeatedHeader(cells, plan.columns) || isColumnNumbers(cells)) continue;
      const read = readRow(cells, plan.columns, section, row);
      if (read.kind === "section") {
        section = read.title;
        plan.sections.push(read.title);
      } else if (read.kind === "item") plan.items.push(read.item);
      else if (read.text) plan.skipped.push({ row, text: read.text });
    }
  }
  if (plan.columns.length === 0) throw new DomainError("plan-no-table");
  if (plan.items.length === 0) throw new DomainError("plan-empty");
  return plan;
}

type ReadRow = { kind: "section"; title: string } | { kind: "item"; item: ParsedItem } | { kind: "skip"; text: string };

function readRow(cells: GridCell[], columns: PlanColumn[], section: string | null, row: number): ReadRow {
  const at = (role: string) => columns.findIndex((c) => c.role === role);
  const cell = (index: number) => (index >= 0 ? cells[index] : undefined);
  const text = cell(at("text"));
  const distinct = uniqueCells(cells).filter((c) => c.text);
  // A section row: one merged cell across the table, or only the activity column filled with no number.
  const spansTable = distinct.length === 1 && cells.filter((c) => c.origin === distinct[0]!.origin).length >= Math.max(2, columns.length - 1);
  if (spansTable) return { kind: "section", title: distinct[0]!.text };
  // In CSV nothing is merged: a section is a row with one filled cell that is not a number.
  const numberCell = cell(at("number"));
  if (distinct.length === 1 && distinct[0]!.origin !== numberCell?.origin && distinct[0]!.origin !== text?.origin) {
    return { kind: "section", title: distinct[0]!.text };
  }
  const otherFilled = columns.some((c, i) => c.role !== "text" && cells[i]?.text && cells[i]?.origin !== text?.origin);
  // «1. | Нормативно-правовое обеспечение» with the title merged over the deadline and responsible columns.
  const textSpans = columns.some((c, i) => (c.role === "schedule" || c.role === "responsible") && cells[i]?.origin === text?.origin);
  if (text?.text && (!otherFilled || textSpans)) {
    const number = cell(at("number"));
    const prefix = number && number.origin !== text.origin ? number.text : "";
    return { kind: "section", title: [prefix, text.text].filter(Boolean).join(" ") };
  }
  if (!text?.text) return { kind: "skip", text: distinct.map((c) => c.text).join(" | ") };
  const own = (role: string) => {
    const c = cell(at(role));
    return c && c.origin !== text.origin ? c.text : "";
  };
  const number = own("number").replace(/\.$/, "").trim() || null;
  const extra = columns.flatMap((c, i) => (c.role === "other" ? [cells[i]?.text ?? ""] : []));
  return {
    kind: "item",
    item: { number, section, text: text.text, scheduleText: own("schedule"), responsibleText: own("responsible"), result: own("result") || null, extra, row },
  };
}

function findHeader(grid: Grid): number {
  // The header is among the first rows (a title row merged across the table may come first).
  for (let r = 0; r < Math.min(grid.length, 4); r++) if (readHeader(texts(grid[r]!))) return r;
  return -1;
}

function isRepeatedHeader(cells: GridCell[], columns: PlanColumn[]): boolean {
  return cells.length === columns.length && cells.every((c, i) => c.text.replace(/\s+/g, " ").trim() === columns[i]!.label);
}

/** A row «1 | 2 | 3 | 4 | 5» under the header, as Russian forms often have. */
function isColumnNumbers(cells: GridCell[]): boolean {
  return cells.length > 1 && cells.every((c, i) => c.text.trim() === String(i + 1));
}

function uniqueCells(cells: GridCell[]): GridCell[] {
  return cells.filter((c, i) => cells.findIndex((o) => o.origin === c.origin) === i);
}

function texts(cells: GridCell[]): string[] {
  return cells.map((c) => c.text);
}

function width(grid: Grid): number {
  return Math.max(0, ...grid.map((r) => r.length));
}

function titleOf(paragraphs: string[]): string | null {
  const title = paragraphs.find((p) => /план|дорожн|карта|мероприят/i.test(p)) ?? paragraphs[0];
  return title ? title.replace(/\n/g, " ") : null;
}
