// A school head imports completions from a file: a bad row is shown with its number and reason and nothing is
// imported; the fixed file goes in after confirmation; a foreign file gets a clear answer; the template the
// bot sends comes back clean.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";
import { DIGITAL, MENTORING, seedCourseRecords, TEACHERS_1 } from "./course-records.js";

let s: CampaignScenario;
let records: Awaited<ReturnType<typeof seedCourseRecords>>;
beforeAll(async () => {
  s = await startCampaignScenario();
  records = await seedCourseRecords(s);
});
afterAll(() => s?.close());

const HEADER = "ФИО педагога;Курс (программа);Организация;Дата окончания;Номер удостоверения";
const count = () => s.stack.db.prisma.courseCompletion.count({ where: { teacher: { schoolId: s.schoolId("СОШ №1") } } });

describe("a head imports completions from a file", () => {
  it("one bad row: the preview names it, nothing is imported; the fixed file goes in after confirmation", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    await head.press("📥 Загрузить файл");
    expect(last(head).text).toContain("Пришлите файл");
    const bad = [HEADER, `${TEACHERS_1[0]};${DIGITAL};ТОИУУ;30.06.2026;1`, `${TEACHERS_1[1]};${DIGITAL};ТОИУУ;31.02.2026;2`, `${TEACHERS_1[2]};Наставничество в школе;;01.03.2026;`].join("\n");
    const preview = await head.upload("kursy.csv", bad);
    const text = textOf(preview.replies);
    expect(text).toContain("Строк без ошибок: 1. С ошибками: 2. Ничего не загружено.");
    expect(text).toContain("строка 3: даты 31.02.2026 не существует");
    expect(text).toContain(`строка 4: курс не найден — похож на «${MENTORING}»?`);
    expect(await count()).toBe(0);

    const fixed = [HEADER, `${TEACHERS_1[0]};${DIGITAL};ТОИУУ;30.06.2026;1`, `${TEACHERS_1[1]};${DIGITAL};ТОИУУ;28.02.2026;2`].join("\n");
    const ready = await head.upload("kursy.csv", fixed);
    expect(textOf(ready.replies)).toContain("Всё в порядке: к загрузке строк — 2");
    expect(await count()).toBe(0);
    const done = await head.press("✅ Загрузить 2");
    expect(textOf(done.replies)).toContain("Загружено записей: 2");
    expect(await count()).toBe(2);
  });

  it("a photo, a .doc or a text message instead of a table gets a clear answer and nothing breaks", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    await head.press("📥 Загрузить файл");
    const photo = await head.upload("photo.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    expect(textOf(photo.replies)).toContain("Это не таблица");
    const doc = await head.upload("отчёт.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(textOf(doc.replies)).toContain("Это не таблица");
    const protectedFile = await head.upload("kursy.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("EncryptedPackage", "utf16le")]));
    expect(textOf(protectedFile.replies)).toContain("защищён паролем");
    const typed = await head.send("вот файл");
    expect(textOf(typed.replies)).toContain("Жду файл .xlsx или .csv");
    await head.press("✖ Отмена");
    expect(await count()).toBe(2);
  });

  it("the template comes with the school's teachers as a drop-down list and, filled in, imports cleanly", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    const sent = await head.press("📄 Шаблон Excel");
    const file = sent.replies.find((r) => r.document)?.document;
    expect(file?.filename).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A2").dataValidation?.type).toBe("list");
    const lists = workbook.getWorksheet("Списки")!;
    const teacherNames = lists.getColumn(1).values.filter(Boolean);
    expect(teacherNames).toEqual(expect.arrayContaining(TEACHERS_1));
    expect(teacherNames).not.toContain(records.other.fullName);
    sheet.getCell("A2").value = TEACHERS_1[2]!;
    sheet.getCell("B2").value = MENTORING;
    sheet.getCell("D2").value = new Date(Date.UTC(2026, 4, 12));
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    await head.send("/courses");
    await head.press("📥 Загрузить файл");
    const preview = await head.upload("kursy.xlsx", filled);
    expect(textOf(preview.replies)).toContain("к загрузке строк — 1");
    await head.press("✅ Загрузить 1");
    expect(await count()).toBe(3);
  });
});
