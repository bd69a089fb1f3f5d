// The plan back as XLSX in the document's own column layout: the same headings in the same order, section
// rows merged across the table, each cell as written.
import ExcelJS from "exceljs";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import type { ColumnRole, PlanColumn } from "./document/plan-columns.js";
import { requirePlanReader } from "./plan-access.js";

export async function exportPlan(deps: DomainDeps, actor: Actor, input: { planId: number }): Promise<{ filename: string; content: Buffer }> {
  const plan = await deps.db.plan.findUnique({
    where: { id: input.planId },
    select: {
      id: true, municipalityId: true, title: true, columns: true,
      items: { where: { removedAt: null }, orderBy: { position: "asc" }, select: { number: true, section: true, text: true, scheduleText: true, responsibleText: true, plannedResult: true, extra: true } },
    },
  });
  if (!plan) throw new DomainError("not-found", { entity: "plan", ref: String(input.planId) });
  requirePlanReader(actor, plan.municipalityId);
  const columns = (plan.columns as unknown as PlanColumn[]).length > 0 ? (plan.columns as unknown as PlanColumn[]) : DEFAULT_COLUMNS;

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("План");
  sheet.addRow([plan.title]);
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getRow(1).font = { bold: true };
  const header = sheet.addRow(columns.map((c) => c.label));
  header.font = { bold: true };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = WIDTH[c.role]));
  let section: string | null = null;
  for (const item of plan.items) {
    if (item.section && item.section !== section) {
      const row = sheet.addRow([item.section]);
      sheet.mergeCells(row.number, 1, row.number, columns.length);
      row.font = { italic: true };
    }
    section = item.section;
    let other = 0;
    const cells: Record<Exclude<ColumnRole, "other">, string> = {
      number: item.number ?? "",
      text: item.text,
      schedule: item.scheduleText,
      responsible: item.responsibleText,
      result: item.plannedResult ?? "",
    };
    const row = sheet.addRow(columns.map((c) => (c.role === "other" ? (item.extra[other++] ?? "") : cells[c.role])));
    row.alignment = { wrapText: true, vertical: "top" };
  }
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `plan-${plan.id}.xlsx`, content };
}

const DEFAULT_COLUMNS: PlanColumn[] = [
  { role: "number", label: "№ п/п" },
  { role: "text", label: "Мероприятие" },
  { role: "schedule", label: "Сроки" },
  { role: "responsible", label: "Ответственные" },
  { role: "result", label: "Результат" },
];

const WIDTH: Record<ColumnRole, number> = { number: 8, text: 60, schedule: 22, responsible: 28, result: 40, other: 20 };
