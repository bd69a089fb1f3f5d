import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completionTemplate, LISTS_SHEET, TEMPLATE_SHEET } from "../../../src/domain/courses/import/completion-template.js";
import { confirmCompletionImport } from "../../../src/domain/courses/import/confirm-completion-import.js";
import { previewCompletionImport } from "../../../src/domain/courses/import/preview-completion-import.js";
import { createCoursesFixture, type CoursesFixture } from "./fixture.js";

const HEADER = "ФИО педагога;Курс (программа);Организация;Дата окончания;Номер удостоверения";
const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\n"));

async function xlsx(rows: (string | Date)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Лист1");
  rows.forEach((r) => sheet.addRow(r));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("importing completions from a file", () => {
  let f: CoursesFixture;
  let names: string[];
  beforeAll(async () => {
    f = await createCoursesFixture();
    names = f.teachersA.map((t) => t.fullName);
  });
  afterAll(async () => {
    await f.db.close();
  });
  const preview = (bytes: Uint8Array, fileName = "kursy.csv") => previewCompletionImport(f.deps, f.headA, { schoolId: f.schoolA.id, fileName, bytes });
  const count = () => f.deps.db.courseCompletion.count({ where: { teacher: { schoolId: f.schoolA.id } } });

  it("every bad row is reported with its number and reason, and nothing is kept to import", async () => {
    const before = await count();
    const result = await preview(
      csv(
        `${names[0]};${f.digital.title};ТОИУУ;30.06.2023;ПК-1`, // line 2: fine
        `${names[1]};${f.digital.title};;31.02.2023;`, // 3: no such date
        `${names[1]};${f.digital.title};;вчера;`, // 4: not a date
        `${names[1]};${f.digital.title};Институт будущего;01.03.2023;`, // 5: unknown provider
        `${names[1]};Цифровая грамотность педагогов;;01.03.2023;`, // 6: course not found, with a suggestion
        `;${f.digital.title};;01.03.2023;`, // 7: empty teacher
        `Неизвестная Ирина Петровна;${f.digital.title};;01.03.2023;`, // 8: unknown teacher
        `Иванова Мария Петрована;${f.digital.title};;01.03.2023;`, // 9: unknown teacher, near a known one
        `${names[0]};${f.digital.title};ТОИУУ;30.06.23;`, // 10: the same as line 2
        `${names[1]};${f.digital.title};ИРО;01.03.2023;`, // 11: the course is ТОИУУ's
        `${names[1]};${f.digital.title};;01.03.2030;`, // 12: in the future
      ),
    );
    expect(result.importId).toBeNull();
    expect(result.ready).toBe(1);
    expect(result.errors).toEqual([
      { line: 3, code: "no-such-date", params: { value: "31.02.2023" } },
      { line: 4, code: "not-a-date", params: { value: "вчера" } },
      { line: 5, code: "unknown-provider", params: { value: "Институт будущего" } },
      { line: 6, code: "course-not-found", params: { value: "Цифровая грамотность педагогов", suggestion: f.digital.title } },
      { line: 7, code: "empty-cell", params: { column: "ФИО педагога" } },
      { line: 8, code: "unknown-teacher", params: { value: "Неизвестная Ирина Петровна", suggestion: "" } },
      { line: 9, code: "unknown-teacher", params: { value: "Иванова Мария Петрована", suggestion: "Иванова Мария Петровна" } },
      { line: 10, code: "same-as-line", params: { other: 2 } },
      { line: 11, code: "provider-mismatch", params: { course: f.digital.title, provider: "ТОИУУ", value: "ИРО" } },
      { line: 12, code: "future-date", params: { value: "01.03.2030" } },
    ]);
    expect(await count()).toBe(before);
  });

  it("a clean file imports only on confirmation, all rows at once; a second confirmation does nothing", async () => {
    const before = await count();
    const result = await preview(csv(`${names[0]};${f.mentoring.title};;30 июня 2023;`, `${names[1]};${f.mentoring.title};Академия Минпросвещения;30.06.2023;A-7`));
    expect(result).toMatchObject({ fileProblem: null, ready: 2, alreadyRecorded: 0, errors: [] });
    expect(await count()).toBe(before);
    expect(await confirmCompletionImport(f.deps, f.headA, { importId: result.importId! })).toEqual({ created: 2, skipped: 0 });
    expect(await count()).toBe(before + 2);
    await expect(confirmCompletionImport(f.deps, f.headA, { importId: result.importId! })).rejects.toMatchObject({ code: "conflict" });
    // The same file again: recognised as already recorded, nothing doubled.
    const again = await preview(csv(`${names[0]};${f.mentoring.title};;30 июня 2023;`));
    expect(again).toMatchObject({ importId: null, ready: 0, alreadyRecorded: 1 });
  });

  it("another school's head cannot confirm someone else's import", async () => {
    const result = await preview(csv(`${names[2]};${f.remoteIro.title};;01.02.2023;`));
    await expect(confirmCompletionImport(f.deps, f.headB, { importId: result.importId! })).rejects.toMatchObject({ code: "forbidden" });
    await expect(previewCompletionImport(f.deps, f.headB, { schoolId: f.schoolA.id, fileName: "x.csv", bytes: csv() })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a file that is not a table of completions gets a reason, never an exception", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const encrypted = new Uint8Array([...doc, ...Buffer.from("EncryptedPackage", "utf16le")]);
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9]);
    const cases: [Uint8Array, string, string][] = [
      [png, "photo.jpg", "wrong-type"],
      [doc, "отчёт.doc", "wrong-type"],
      [encrypted, "kursy.xlsx", "password"],
      [brokenZip, "kursy.xlsx", "broken"],
      [new Uint8Array(), "kursy.csv", "empty"],
      [new Uint8Array(6 * 1024 * 1024), "big.xlsx", "too-large"],
      [new TextEncoder().encode("школа;баллы\n№1;42\n"), "results.csv", "no-header"],
      [new TextEncoder().encode(HEADER + "\n"), "kursy.csv", "no-rows"],
      [await xlsx([]), "empty.xlsx", "empty"],
    ];
    for (const [bytes, name, problem] of cases) {
      expect((await preview(bytes, name)).fileProblem, name).toBe(problem);
    }
    expect((await preview(new TextEncoder().encode("школа;баллы\n№1;42\n"))).missingColumns).toEqual(["ФИО педагога", "Курс (программа)", "Дата окончания"]);
  });

  it("reads an XLSX with real date cells and a CSV saved by Russian Excel in Windows-1251", async () => {
    const book = await xlsx([
      ["ФИО педагога", "Курс (программа)", "Дата окончания"],
      [names[2]!, f.digital.title, new Date(Date.UTC(2023, 4, 20))],
    ]);
    expect(await preview(book, "kursy.xlsx")).toMatchObject({ fileProblem: null, ready: 1, errors: [] });
    const encoded = encodeCp1251([HEADER, `${names[2]};${f.mentoring.title};;20.05.2023;`].join("\r\n"));
    expect(await preview(encoded, "kursy.csv")).toMatchObject({ fileProblem: null, ready: 1, errors: [] });
  });

  it("the template carries the school's teachers and the catalogue as drop-down lists, and comes back clean", async () => {
    const { content } = await completionTemplate(f.deps, f.headA, { schoolId: f.schoolA.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
    const lists = workbook.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe("hidden");
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(expect.arrayContaining(names));
    expect(lists.getColumn(1).values).not.toContain(f.teachersB[0]!.fullName);
    expect(lists.getColumn(2).values).toContain(f.digital.title);
    expect(sheet.getCell("A2").dataValidation).toMatchObject({ type: "list", formulae: [expect.stringContaining(LISTS_SHEET)] });
    expect(sheet.getCell("B3000").dataValidation).toMatchObject({ type: "list" });
    // A head fills it in the way Excel would (values from the lists, a real date) and sends it back.
    sheet.getCell("A2").value = names[1]!;
    sheet.getCell("B2").value = f.remoteIro.title;
    sheet.getCell("C2").value = "ИРО";
    sheet.getCell("D2").value = new Date(Date.UTC(2023, 2, 15));
    sheet.getCell("E2").value = "123456";
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await preview(filled, "kursy-filled.xlsx");
    expect(result).toMatchObject({ fileProblem: null, ready: 1, errors: [] });
    expect(await confirmCompletionImport(f.deps, f.headA, { importId: result.importId! })).toEqual({ created: 1, skipped: 0 });
    const stored = await f.deps.db.courseCompletion.findFirstOrThrow({ where: { teacherId: f.teachersA[1]!.id, courseId: f.remoteIro.id } });
    expect(stored.completedOn.toISOString().slice(0, 10)).toBe("2023-03-15");
    expect(stored.certificateNo).toBe("123456");
  });

  it("a file of 5,000 rows is checked and imported whole", async () => {
    const lines: string[] = [];
    const courses = [f.digital.title, f.mentoring.title, f.remoteIro.title];
    for (let i = 0; i < 5000; i++) {
      const d = new Date(Date.UTC(2010, 0, 1) + Math.floor(i / 9) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${names[i % 3]};${courses[Math.floor(i / 3) % 3]};;${d};`);
    }
    const before = await count();
    const result = await preview(csv(...lines));
    expect(result).toMatchObject({ fileProblem: null, ready: 5000, errors: [] });
    expect(await confirmCompletionImport(f.deps, f.headA, { importId: result.importId! })).toEqual({ created: 5000, skipped: 0 });
    expect(await count()).toBe(before + 5000);
  });

  it("a row recorded by someone else between preview and confirmation is skipped, not doubled", async () => {
    const before = await count();
    const result = await preview(csv(`${names[0]};${f.remoteIro.title};;11.11.2022;`, `${names[1]};${f.remoteIro.title};;11.11.2022;`));
    await f.deps.db.courseCompletion.create({ data: { teacherId: f.teachersA[0]!.id, courseId: f.remoteIro.id, completedOn: new Date("2022-11-11") } });
    expect(await confirmCompletionImport(f.deps, f.headA, { importId: result.importId! })).toEqual({ created: 1, skipped: 1 });
    expect(await count()).toBe(before + 2);
  });
});

/** Windows-1251 for Cyrillic and ASCII (what Russian Excel writes for "CSV"). */
function encodeCp1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (code === 0x401) out.push(0xa8);
    else if (code === 0x451) out.push(0xb8);
    else if (code === 0xab) out.push(0xab);
    else if (code === 0xbb) out.push(0xbb);
    else if (code === 0x2116) out.push(0xb9);
    else out.push(0x3f);
  }
  return new Uint8Array(out);
}
