// «📄 Excel» from /status: every overdue task assignment and every missing campaign form in the actor's
// scope, as a workbook the МОУО can sort and send on. Rows come from the database already joined and ordered.
import ExcelJS from "exceljs";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { formatLocal } from "../time/zoned-time.js";
import { CLOSED_CAMPAIGN_GRACE_MS, staffScope } from "./status-scope.js";
import { FORM_STATE_WORDS_RU } from "../campaigns/form-state-words.js";

export const OVERDUE_SHEET = "Просроченные поручения";
// As the campaign workbook (export-campaign-results.ts): inline strings and the fastest deflate level write
// thousands of rows in a fraction of the default time, for a file Excel opens the same.
const WRITE_OPTIONS = { useSharedStrings: false, zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as const;
export const MISSING_SHEET = "Не сданные формы";

interface OverdueRow {
  school: string | null;
  person: string | null;
  task: string;
  dueAt: Date | string;
}

interface MissingRow {
  campaign: string;
  deadline: Date | string;
  school: string;
  draft: boolean;
}

export async function exportOverdue(deps: DomainDeps, actor: Actor): Promise<{ filename: string; content: Buffer }> {
  const scope = staffScope(actor);
  const now = deps.now();
  const municipality = await deps.db.municipality.findUniqueOrThrow({ where: { id: scope.municipalityId }, select: { name: true, timeZone: true } });
  const overdue = await deps.db.$queryRawUnsafe<OverdueRow[]>(
    `SELECT sc."shortName" AS school, p."displayName" AS person, t.title AS task, a."dueAt"
       FROM "TaskAssignment" a JOIN "Task" t ON t.id = a."taskId"
       LEFT JOIN "School" sc ON sc.id = a."schoolId" LEFT JOIN "Person" p ON p.id = a."personId"
      WHERE a."municipalityId" = $1 AND a.status = 'OPEN' AND a."dueAt" < $2 AND ($3::int IS NULL OR t."createdById" = $3)
      ORDER BY COALESCE(sc."shortName", p."displayName"), a."dueAt", a.id`,
    scope.municipalityId,
    now,
    scope.creatorId,
  );
  const missing = await deps.db.$queryRawUnsafe<MissingRow[]>(
    `SELECT c.title AS campaign, c.deadline, sc."shortName" AS school, (s.id IS NOT NULL) AS draft
       FROM "Campaign" c JOIN "CampaignSchool" cs ON cs."campaignId" = c.id JOIN "School" sc ON sc.id = cs."schoolId"
       LEFT JOIN "Submission" s ON s."campaignId" = cs."campaignId" AND s."schoolId" = cs."schoolId"
      WHERE c."municipalityId" = $1 AND c."opensAt" <= $2 AND c.deadline >= $3 AND ($4::int IS NULL OR c."createdById" = $4)
        AND (s.status IS NULL OR s.status <> 'SUBMITTED')
      ORDER BY c.deadline, c.id, sc."shortName"`,
    scope.municipalityId,
    now,
    new Date(now.getTime() - CLOSED_CAMPAIGN_GRACE_MS),
    scope.creatorId,
  );
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  const title = `${municipality.name}. Состояние на ${formatLocal(now, municipality.timeZone)}`;
  // Thousands of rows share a few deadlines: each is formatted once.
  const formatted = new Map<number, string>();
  const local = (moment: Date) => {
    let text = formatted.get(moment.getTime());
    if (text === undefined) formatted.set(moment.getTime(), (text = formatLocal(moment, municipality.timeZone)));
    return text;
  };
  const day = 24 * 3600_000;
  fill(workbook.addWorksheet(OVERDUE_SHEET), title, ["ОО / сотрудник", "Поручение", "Срок", "Дней просрочки"], [50, 70, 18, 16],
    overdue.map((r) => {
      const due = new Date(r.dueAt);
      return [r.school ?? r.person ?? "", r.task, local(due), Math.max(1, Math.ceil((now.getTime() - due.getTime()) / day))];
    }));
  fill(workbook.addWorksheet(MISSING_SHEET), title, ["Мониторинг", "Срок", "ОО", "Состояние"], [50, 18, 60, 16],
    missing.map((r) => [r.campaign, local(new Date(r.deadline)), r.school, FORM_STATE_WORDS_RU[r.draft ? "draft" : "none"]]));
  return { filename: `status-${now.toISOString().slice(0, 10)}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer(WRITE_OPTIONS)) };
}

function fill(sheet: ExcelJS.Worksheet, title: string, headers: string[], widths: number[], rows: (string | number)[][]): void {
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true };
  const header = sheet.getRow(3);
  headers.forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).font = { bold: true };
    sheet.getColumn(i + 1).width = widths[i] ?? 20;
  });
  rows.forEach((row, r) => sheet.getRow(4 + r).values = row);
  sheet.views = [{ state: "frozen", ySplit: 3 }];
}
