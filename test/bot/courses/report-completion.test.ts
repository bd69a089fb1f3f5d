// A school head records course completions in a conversation: several teachers at once, a course found by
// typed words, a date typed as people do; the same record twice is caught; another school's teacher is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";
import { DIGITAL, MENTORING, seedCourseRecords, TEACHERS_1 } from "./course-records.js";

const FORBIDDEN = "Это не ваше: у вас нет доступа к этим данным.";
let s: CampaignScenario;
let records: Awaited<ReturnType<typeof seedCourseRecords>>;
beforeAll(async () => {
  s = await startCampaignScenario();
  records = await seedCourseRecords(s);
});
afterAll(() => s?.close());

const completions = (teacherId: number) => s.stack.db.prisma.courseCompletion.findMany({ where: { teacherId } });

describe("a head reports a completion in a conversation", () => {
  it("two teachers on one course at once, the course found by words in another order with a typo", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    expect(last(head).text).toContain("Курсы повышения квалификации");
    await head.press("➕ Отметить курс");
    expect(last(head).text).toContain("Кто прошёл курс?");
    await head.press(TEACHERS_1[0]!);
    await head.press(TEACHERS_1[1]!);
    expect(last(head).buttons.flat()).toContain(`✅ ${TEACHERS_1[0]}`);
    await head.press("Дальше ▶ (2)");
    expect(last(head).text).toContain("Какой курс?");
    await head.send("грамотность педагога цифравая");
    expect(last(head).buttons.flat()[0]).toMatch(/^Цифровая грамотность педагога: инструменты/);
    await head.press(/^Цифровая грамотность педагога/);
    expect(last(head).text).toContain("Дата окончания курса?");
    await head.send("31.02.2026");
    expect(textOf(head.messages().slice(-2))).toContain("Даты 31.02.2026 не существует");
    await head.send("30 июня 2026");
    expect(last(head).text).toContain("Номер удостоверения?");
    await head.press("Пропустить");
    const summary = last(head).text;
    expect(summary).toContain("Проверьте");
    expect(summary).toContain(TEACHERS_1[0]);
    expect(summary).toContain(TEACHERS_1[1]);
    expect(summary).toContain(DIGITAL);
    expect(summary).toContain("30.06.2026");
    const saved = await head.press("✅ Сохранить");
    expect(textOf(saved.replies)).toContain("Сохранено записей: 2");
    expect(await completions(records.teachers1[0]!.id)).toHaveLength(1);
    expect(await completions(records.teachers1[1]!.id)).toHaveLength(1);
  });

  it("the same teacher, course and date again is caught and not stored twice", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    await head.press("➕ Отметить курс");
    await head.press(TEACHERS_1[0]!);
    await head.press("Дальше ▶ (1)");
    await head.send("цифровая грамотность педагога");
    await head.press(/^Цифровая грамотность педагога/);
    await head.send("30.06.26");
    await head.send("ПК-777");
    const saved = await head.press("✅ Сохранить");
    expect(textOf(saved.replies)).toContain("Сохранено записей: 0");
    expect(textOf(saved.replies)).toContain(`Уже были записаны раньше (не дублирую): ${TEACHERS_1[0]}`);
    expect(await completions(records.teachers1[0]!.id)).toHaveLength(1);
  });

  it("a new teacher typed by name and a course the catalogue lacks, added and marked as added by the school", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    await head.press("➕ Отметить курс");
    await head.send("Новикова Дарья Андреевна");
    expect(textOf(head.messages().slice(-1))).toContain("Добавлен педагог: Новикова Дарья Андреевна");
    await head.press("Дальше ▶ (1)");
    await head.send("Школьный театр");
    expect(last(head).text).toContain("Такого курса нет в каталоге");
    await head.press("➕ Добавить новый курс");
    await head.send("Школьный театр: режиссура и педагогика");
    await head.press("ИРО");
    await head.press("дистанционно");
    await head.send("много");
    expect(last(head).text).toContain("Нужно число часов");
    await head.send("24");
    await head.send("15.05.2026");
    await head.press("Пропустить");
    expect(last(head).text).toContain("Школьный театр: режиссура и педагогика");
    await head.press("✅ Сохранить");
    const course = await s.stack.db.prisma.course.findFirstOrThrow({ where: { title: "Школьный театр: режиссура и педагогика" } });
    expect(course).toMatchObject({ addedBySchoolId: s.schoolId("СОШ №1"), provider: "IRO", format: "REMOTE", hours: 24 });
    expect(await s.stack.db.prisma.courseCompletion.count({ where: { courseId: course.id } })).toBe(1);
  });

  it("a forged button for another school's teacher is refused, inside the conversation and outside it", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    await head.press("➕ Отметить курс");
    const { replies } = await head.pressData(`course:teacher:${records.other.id}`);
    expect(textOf(replies)).toContain(FORBIDDEN);
    expect(last(head).buttons.flat().some((b) => b.startsWith("Дальше"))).toBe(false);
    await head.press("✖ Отмена");

    const archive = await head.pressData(`course:archive-teacher:${records.other.id}`);
    expect(archive.answer?.text).toBe(FORBIDDEN);
    const other = await s.stack.db.prisma.teacher.findUniqueOrThrow({ where: { id: records.other.id } });
    expect(other.archivedAt).toBeNull();
    // (control) the head of СОШ №2 archives their own teacher.
    const own = await s.user("head2").pressData(`course:archive-teacher:${records.other.id}`);
    expect(textOf(own.replies)).toContain("в архиве");
  });

  it("a methodologist merges the course a school added into the catalogue's", async () => {
    const methodologist = s.user("methodologist");
    await methodologist.send("/courses");
    expect(last(methodologist).text).toContain("Добавлены школами: 1");
    await methodologist.press(/Проверить добавленные/);
    expect(last(methodologist).text).toContain("Школьный театр");
    expect(last(methodologist).text).toContain("Похожих курсов в каталоге нет");
    // A course close to the catalogue's own gets merge buttons; merging moves its completions.
    const { createCourse } = await import("../../../src/domain/courses/create-course.js");
    const { reportCompletions } = await import("../../../src/domain/courses/report-completions.js");
    const head = await s.actor("head1");
    const added = await createCourse(s.stack.domain, head, { municipalityId: head.municipalityId, schoolId: head.schoolId!, title: "Наставничество в образовательной организации (школьное)", provider: "ACADEMY", hours: 72, format: "REMOTE" });
    await reportCompletions(s.stack.domain, head, { schoolId: head.schoolId!, teacherIds: [records.teachers1[2]!.id], courseId: added.id, completedOn: "2026-03-03" });
    await methodologist.send("/courses");
    await methodologist.press(/Проверить добавленные/);
    await methodologist.press(/^→ Наставничество/);
    expect(last(methodologist).text).toContain("Объединено. Перенесено записей: 1");
    expect(await s.stack.db.prisma.courseCompletion.count({ where: { courseId: records.mentoring.id } })).toBe(1);
    expect(MENTORING).toBeTruthy();
  });
});
