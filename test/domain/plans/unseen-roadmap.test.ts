// A roadmap the reader has never seen: other headings, another column order, a table continued on the next
// page, merged cells, a row of column numbers — every item comes in and nothing is lost silently. The same
// plan as XLSX and CSV reads the same.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readPlanFile } from "../../../src/domain/plans/document/read-plan-file.js";
import { readPeriod } from "../../../src/domain/plans/schedule/plan-period.js";
import { understandPlan } from "../../../src/domain/plans/understand-plan.js";
import { buildDocx, type DocxCell } from "../../support/build-docx.js";

const TITLE = "Дорожная карта развития кадрового потенциала Энского муниципального района на 2024-2026 годы";
const HEADER = ["Ожидаемый результат", "Срок исполнения", "Наименование мероприятия", "Ответственный исполнитель", "№ п/п", "Примечание"];

const PAGE_ONE: DocxCell[][] = [
  HEADER,
  ["1", "2", "3", "4", "5", "6"],
  [{ text: "I. Кадровое обеспечение", span: 6 }],
  ["Приказ", "15.03.2024", "Утверждение плана наставничества", "Иванова И.И., методист", "1.1.", ""],
  [{ text: "Отчёт", vmerge: "restart" }, "ежеквартально", "Мониторинг вакансий", { text: "руководители ОО", vmerge: "restart" }, "1.2.", "в АИС"],
  [{ text: "", vmerge: "continue" }, "2 раза в год", "Анкетирование молодых педагогов", { text: "", vmerge: "continue" }, "1.3.", ""],
];
const PAGE_TWO: DocxCell[][] = [
  HEADER, // Word repeats the header on the next page
  [{ text: "II. Методическое сопровождение", span: 6 }],
  ["Программа", "когда будет финансирование", "Школа молодого педагога", "методический кабинет", "2.1.", ""],
  ["", "по мере необходимости", "Консультации для руководителей", "МОУО\nПетров П.П.", "2.2.", ""],
  ["Справка", "I полугодие 2025", "Семинар по оцениванию", "ММС, ОО", "2.3.", ""],
];

function expectTheUnseenPlan(plan: ReturnType<typeof understandPlan>) {
  expect(plan.columns.map((c) => c.role)).toEqual(["result", "schedule", "text", "responsible", "number", "other"]);
  expect(plan.sections).toEqual(["I. Кадровое обеспечение", "II. Методическое сопровождение"]);
  expect(plan.items.map((i) => [i.number, i.section?.slice(0, 3), i.text, i.scheduleText, i.schedule.kind, i.responsible.map((r) => r.kind).join("+"), i.result])).toEqual([
    ["1.1", "I. ", "Утверждение плана наставничества", "15.03.2024", "DATE", "PERSON", "Приказ"],
    ["1.2", "I. ", "Мониторинг вакансий", "ежеквартально", "QUARTERLY", "SCHOOL_HEADS", "Отчёт"],
    ["1.3", "I. ", "Анкетирование молодых педагогов", "2 раза в год", "HALF_YEARLY", "SCHOOL_HEADS", "Отчёт"],
    ["2.1", "II.", "Школа молодого педагога", "когда будет финансирование", "UNREAD", "METHODOLOGISTS", "Программа"],
    ["2.2", "II.", "Консультации для руководителей", "по мере необходимости", "AS_NEEDED", "OFFICIALS+PERSON", null],
    ["2.3", "II.", "Семинар по оцениванию", "I полугодие 2025", "RANGE", "METHODOLOGISTS+SCHOOL_HEADS", "Справка"],
  ]);
  expect(plan.items[1]!.extra).toEqual(["в АИС"]);
  expect(plan.items[0]!.responsible[0]).toEqual({ kind: "PERSON", text: "Иванова И.И., методист", name: "Иванова И.И." });
  expect(plan.items[1]!.dates).toHaveLength(12);
  // The one phrase not understood is reported with its row and number, and kept as written.
  expect(plan.problems).toEqual([{ kind: "schedule", row: expect.any(Number), number: "2.1", text: "когда будет финансирование", reason: "unknown" }]);
}

describe("a roadmap the tests have never seen", () => {
  it("imports from .docx with every item: headings in another order, a table split across pages, merged cells", async () => {
    const docx = await buildDocx([{ paragraph: TITLE }, { table: PAGE_ONE }, { pageBreak: true }, { table: PAGE_TWO }]);
    const parsed = await readPlanFile(docx, "энск.docx");
    expect(parsed.title).toBe(TITLE);
    const period = readPeriod(parsed.title!)!;
    expect(period).toEqual({ start: "2024-01-01", end: "2026-12-31", schoolYears: false });
    expectTheUnseenPlan(understandPlan(parsed, period));
  });

  it("reads a continuation table without the header repeated", async () => {
    const docx = await buildDocx([{ paragraph: TITLE }, { table: PAGE_ONE }, { table: PAGE_TWO.slice(1) }]);
    const parsed = await readPlanFile(docx, "энск.docx");
    expectTheUnseenPlan(understandPlan(parsed, readPeriod(TITLE)!));
  });

  it("imports the same plan from XLSX, merged cells included", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("План");
    sheet.addRow([TITLE]);
    sheet.mergeCells(1, 1, 1, 6);
    const rows = [...PAGE_ONE, ...PAGE_TWO.slice(1)];
    rows.forEach((row) => sheet.addRow(row.map((c) => (typeof c === "string" ? c : c.text))));
    // «I. Кадровое обеспечение» (row 4 of the sheet) and «II. …» (row 8) span the table
    sheet.mergeCells(4, 1, 4, 6);
    sheet.mergeCells(8, 1, 8, 6);
    // «Отчёт» and «руководители ОО» cover items 1.2 and 1.3
    sheet.mergeCells(6, 1, 7, 1);
    sheet.mergeCells(6, 4, 7, 4);
    const parsed = await readPlanFile(new Uint8Array(await workbook.xlsx.writeBuffer()), "plan.xlsx");
    expect(parsed.title).toBe(TITLE);
    expectTheUnseenPlan(understandPlan(parsed, readPeriod(TITLE)!));
  });

  it("imports the same plan from CSV as Russian Excel saves it (Windows-1251, «;»)", async () => {
    const rows = [...PAGE_ONE, ...PAGE_TWO.slice(1)].map((row) => row.map((c) => (typeof c === "string" ? c : c.text)));
    // In CSV a merged cell is written once; the rows it covered have it empty.
    rows[4]![0] = "Отчёт";
    rows[5]![0] = "Отчёт";
    rows[5]![3] = "руководители ОО";
    const csv = [TITLE, ...rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(";"))].join("\r\n");
    const bytes = encodeCp1251(csv);
    const parsed = await readPlanFile(bytes, "plan.csv");
    expect(parsed.title).toBe(TITLE);
    expectTheUnseenPlan(understandPlan(parsed, readPeriod(TITLE)!));
  });
});

function encodeCp1251(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8);
    else if (code === 0x451) bytes.push(0xb8);
    else if (code === 0x2116) bytes.push(0xb9); // №
    else if (code === 0xab) bytes.push(0xab);
    else if (code === 0xbb) bytes.push(0xbb);
    else bytes.push(0x3f);
  }
  return new Uint8Array(bytes);
}
