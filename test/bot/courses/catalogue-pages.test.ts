// Long lists page within Telegram's limits (the emulator refuses what Telegram refuses): a school of a hundred
// teachers reports and archives by button on any page; twelve courses added by schools are reviewed five at
// a time. A methodologist corrects a catalogue course in the bot, and the audit keeps what changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../../src/domain/courses/create-course.js";
import { editCourse } from "../../../src/domain/courses/edit-course.js";
import { textKey } from "../../../src/domain/courses/text-key.js";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";
import { MENTORING, seedCourseRecords } from "./course-records.js";

let s: CampaignScenario;
let records: Awaited<ReturnType<typeof seedCourseRecords>>;
const name = (n: number) => `Учитель ${String(n).padStart(3, "0")} Страничный`;

beforeAll(async () => {
  s = await startCampaignScenario();
  records = await seedCourseRecords(s);
  // 3 teachers from the seed and 100 more: sorted by name, «Учитель 090» is on the third page of 40.
  await s.stack.db.prisma.teacher.createMany({
    data: Array.from({ length: 100 }, (_, i) => ({ schoolId: s.schoolId("СОШ №1"), fullName: name(i + 1), nameKey: textKey(name(i + 1)), position: "учитель" })),
  });
});
afterAll(() => s?.close());

const buttons = () => last(s.user("head1")).buttons.flat();

describe("a hundred teachers, page by page", () => {
  it("the head picks teachers on the first and the third page for one completion", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    await head.press("➕ Отметить курс");
    expect(last(head).text).toContain("Страница 1 из 3");
    expect(buttons()).toContain(name(1));
    expect(buttons()).not.toContain(name(90));
    await head.press(name(1));
    await head.press("Ещё ▶");
    await head.press("Ещё ▶");
    expect(last(head).text).toContain("Страница 3 из 3");
    expect(buttons()).not.toContain("Ещё ▶");
    await head.press(name(90));
    await head.press("◀ Назад");
    expect(buttons()).toContain(name(41)); // page 2: «Учитель 038» to «Учитель 077» (the seed's three come first)
    await head.press("Дальше ▶ (2)");
    await head.send("наставничество");
    await head.press(/^Наставничество/);
    await head.send("01.10.2026");
    await head.press("Пропустить");
    const summary = last(head).text;
    expect(summary).toContain(name(1));
    expect(summary).toContain(name(90));
    expect(textOf((await head.press("✅ Сохранить")).replies)).toContain("Сохранено записей: 2");
  });

  it("the archive chooser pages too: a teacher past the first ninety is archived by button", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    await head.press("👩‍🏫 Педагоги");
    await head.press("🗄 В архив…");
    expect(last(head).text).toContain("Страница 1 из 3");
    await head.press("Ещё ▶");
    await head.press("Ещё ▶");
    const archived = await head.press(name(95));
    expect(textOf(archived.replies)).toContain(`${name(95)} — в архиве`);
    const row = await s.stack.db.prisma.teacher.findFirstOrThrow({ where: { fullName: name(95) } });
    expect(row.archivedAt).not.toBeNull();
  });
});

describe("the review of courses added by schools", () => {
  it("twelve added courses come five at a time, with a pager after them", async () => {
    const head = await s.actor("head1");
    for (let i = 1; i <= 12; i++) {
      await createCourse(s.stack.domain, head, { municipalityId: head.municipalityId, schoolId: head.schoolId!, title: `Школьный курс номер ${i}`, provider: "OTHER", hours: 16, format: "REMOTE" });
    }
    const m = s.user("methodologist");
    await m.send("/courses");
    const first = await m.press(/Проверить добавленные \(12\)/);
    expect(first.replies).toHaveLength(6);
    expect(last(m).text).toContain("Показаны 1–5 из 12");
    const second = await m.press("Ещё ▶");
    expect(second.replies).toHaveLength(6);
    expect(last(m).text).toContain("Показаны 6–10 из 12");
    const third = await m.press("Ещё ▶");
    expect(third.replies).toHaveLength(3);
    expect(last(m).text).toContain("Показаны 11–12 из 12");
    expect(last(m).buttons.flat()).toEqual(["◀ Назад"]);
  });
});

describe("a methodologist edits a catalogue course", () => {
  it("hours and organisation corrected one at a time; a bad number is asked again; the audit keeps both values", async () => {
    const m = s.user("methodologist");
    await m.send("/courses");
    await m.press("✏️ Изменить курс");
    await m.send("наставничество организации");
    await m.press(/^Наставничество в образовательной организации$/);
    expect(last(m).text).toContain("Часов: 72");
    await m.press("Часы");
    const bad = await m.send("много");
    expect(textOf(bad.replies)).toContain("Нужно число часов");
    const saved = await m.send("144");
    expect(textOf(saved.replies)).toContain("✅ Сохранено.");
    expect(last(m).text).toContain("Часов: 144");
    await m.press("Организация");
    await m.press("ИРО");
    expect(last(m).text).toContain("Организация: ИРО");
    const done = await m.press("✅ Готово");
    expect(textOf(done.replies)).toContain("Готово");

    const course = await s.stack.db.prisma.course.findUniqueOrThrow({ where: { id: records.mentoring.id } });
    expect(course).toMatchObject({ title: MENTORING, hours: 144, provider: "IRO" });
    const audit = await s.stack.db.prisma.auditLog.findMany({ where: { action: "course.edit", entityId: String(course.id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.data)).toEqual([{ hours: { from: 72, to: 144 } }, { provider: { from: "ACADEMY", to: "IRO" } }]);
  });

  it("a title that would duplicate another course is refused and nothing changes; a head may not edit", async () => {
    const m = s.user("methodologist");
    await m.send("/courses");
    await m.press("✏️ Изменить курс");
    await m.send("цифровая грамотность");
    await m.press(/^Цифровая грамотность педагога/);
    await m.press("Организация");
    await m.press("ИРО");
    await m.press("Название");
    const refused = await m.send(MENTORING);
    expect(textOf(refused.replies)).toContain("уже есть в каталоге. Ничего не изменено.");
    const digital = await s.stack.db.prisma.course.findUniqueOrThrow({ where: { id: records.digital.id } });
    expect(digital.title).not.toBe(MENTORING);
    await m.press("✅ Готово");

    await expect(editCourse(s.stack.domain, await s.actor("head1"), { courseId: records.digital.id, hours: 1 })).rejects.toMatchObject({ code: "forbidden" });
  });
});
