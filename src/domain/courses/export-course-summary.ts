// The summary as an Excel workbook for the МОУО: the municipality's splits and one row per school.
import ExcelJS from "exceljs";
import type { DomainDeps } from "../deps.js";
import type { Caller } from "../people/system-actor.js";
import { getCourseSummary, type SummaryBlock } from "./get-course-summary.js";
import { formatIsoDate } from "./parse-completion-date.js";
import { FORMAT_LABEL_RU, PROVIDER_LABEL } from "./providers.js";
import type { Period } from "./school-year.js";

const TAG_LABEL: Record<string, string> = { "federal-priority": "Приоритетные федеральные программы", personalised: "Персонифицированные программы" };

export async function exportCourseSummary(
  deps: DomainDeps,
  caller: Caller,
  input: { municipalityId: number; schoolId?: number; period?: Period },
): Promise<{ filename: string; content: Buffer }> {
  const summary = await getCourseSummary(deps, caller, input);
  const workbook = new ExcelJS.Workbook();
  workbook.created = deps.now();
  const title = `Повышение квалификации с ${formatIsoDate(summary.period.from)} по ${formatIsoDate(summary.period.to)}`;

  const totals = workbook.addWorksheet("Сводка");
  totals.addRow([title]).font = { bold: true };
  totals.addRow([]);
  totals.addRow(["Группа", "Педагогов", "Программ"]).font = { bold: true };
  for (const [label, f] of groupRows(summary.municipality)) totals.addRow([label, f.teachers, f.programmes]);
  totals.getColumn(1).width = 44;

  const schools = workbook.addWorksheet("По школам");
  const providers = summary.municipality.byProvider.map((p) => p.provider);
  const formats = summary.municipality.byFormat.map((f) => f.format);
  schools.addRow(["ОО", "Педагогов", "Программ", ...providers.map((p) => `${PROVIDER_LABEL[p]}: педагогов`), ...formats.map((f) => `${FORMAT_LABEL_RU[f]}: педагогов`)]).font = { bold: true };
  for (const s of summary.schools) {
    schools.addRow([
      s.shortName,
      s.total.teachers,
      s.total.programmes,
      ...providers.map((p) => s.byProvider.find((x) => x.provider === p)?.teachers ?? 0),
      ...formats.map((f) => s.byFormat.find((x) => x.format === f)?.teachers ?? 0),
    ]);
  }
  schools.getColumn(1).width = 30;
  return { filename: `kursy-${summary.period.from}-${summary.period.to}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

function groupRows(block: SummaryBlock): [string, { teachers: number; programmes: number }][] {
  return [
    ["Всего", block.total],
    ...block.byProvider.map((p) => [`На базе ${PROVIDER_LABEL[p.provider]}`, p] as [string, typeof p]),
    ...block.byFormat.map((f) => [`Форма: ${FORMAT_LABEL_RU[f.format]}`, f] as [string, typeof f]),
    ...block.byTag.map((g) => [TAG_LABEL[g.tag] ?? g.tag.replace(/^topic:/, "Тема: "), g] as [string, typeof g]),
  ];
}
