// The file a head fills in: the columns the import reads, with the school's teachers, the catalogue and the
// providers as drop-down lists (data validation over a hidden sheet, so long lists fit), and a date column.
import ExcelJS from "exceljs";
import type { Actor } from "../../actor.js";
import type { DomainDeps } from "../../deps.js";
import { loadSchoolFor } from "../course-access.js";
import { listCourses } from "../list-courses.js";
import { PROVIDER_LABEL, PROVIDERS } from "../providers.js";
import { TEMPLATE_HEADERS } from "./completion-columns.js";

export const TEMPLATE_SHEET = "Курсы";
export const LISTS_SHEET = "Списки";
/** Rows with drop-downs: enough for a large school's year. */
const TEMPLATE_ROWS = 5000;

export async function completionTemplate(deps: DomainDeps, actor: Actor, input: { schoolId: number }): Promise<{ filename: string; content: Buffer }> {
  const school = await loadSchoolFor(deps, actor, input.schoolId, "write");
  const [teachers, courses] = await Promise.all([
    deps.db.teacher.findMany({ where: { schoolId: school.id, archivedAt: null }, select: { fullName: true }, orderBy: { fullName: "asc" } }),
    listCourses(deps, actor, { municipalityId: school.municipalityId }),
  ]);
  const workbook = new ExcelJS.Workbook();
  workbook.created = deps.now();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET);
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });

  const columns = [TEMPLATE_HEADERS.teacher, TEMPLATE_HEADERS.course, TEMPLATE_HEADERS.provider, TEMPLATE_HEADERS.date, TEMPLATE_HEADERS.certificate];
  sheet.addRow(columns).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = [36, 60, 24, 16, 22][i]));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.getColumn(4).numFmt = "dd.mm.yyyy";

  const fill = (column: number, values: string[]) => values.forEach((v, i) => (lists.getCell(i + 1, column).value = v));
  fill(1, teachers.map((t) => t.fullName));
  fill(2, courses.map((c) => c.title));
  fill(3, PROVIDERS.map((p) => PROVIDER_LABEL[p]));
  const list = (column: string, count: number, title: string): ExcelJS.DataValidation | undefined =>
    count === 0
      ? undefined
      : {
          type: "list",
          allowBlank: true,
          formulae: [`'${LISTS_SHEET}'!$${column}$1:$${column}$${count}`],
          showErrorMessage: true,
          errorTitle: title,
          error: "Выберите значение из списка",
        };
  const last = TEMPLATE_ROWS + 1;
  const teacherList = list("A", teachers.length, TEMPLATE_HEADERS.teacher);
  const courseList = list("B", courses.length, TEMPLATE_HEADERS.course);
  const providerList = list("C", PROVIDERS.length, TEMPLATE_HEADERS.provider);
  // exceljs keeps range validations as one rule each (cell by cell would write 5000 rules per column).
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  if (teacherList) validations.add(`A2:A${last}`, teacherList);
  if (courseList) validations.add(`B2:B${last}`, courseList);
  if (providerList) validations.add(`C2:C${last}`, providerList);
  validations.add(`D2:D${last}`, {
    type: "date",
    operator: "greaterThan",
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1))],
    showErrorMessage: true,
    error: "Дата в виде 30.06.2023",
  });
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `kursy-${school.id}.xlsx`, content };
}
