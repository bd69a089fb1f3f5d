// An indicator the course records answer: the head confirms the records' figure with one press instead of
// typing it, or types another; the review and the staff results show both figures where they differ.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCompletions } from "../../../src/domain/courses/report-completions.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";
import { seedCourseRecords } from "./course-records.js";

const TITLE = "ПК по персонифицированным программам";
let s: CampaignScenario;
let records: Awaited<ReturnType<typeof seedCourseRecords>>;
beforeAll(async () => {
  s = await startCampaignScenario();
  records = await seedCourseRecords(s);
  const report = (schoolId: number, teacherIds: number[], completedOn: string) =>
    reportCompletions(s.stack.domain, systemActor, { schoolId, teacherIds, courseId: records.mentoring.id, completedOn });
  // СОШ №1: two teachers on a personalised programme this quarter (one of them twice); СОШ №2: one.
  await report(s.schoolId("СОШ №1"), [records.teachers1[0]!.id, records.teachers1[1]!.id], "2026-10-15");
  await report(s.schoolId("СОШ №1"), [records.teachers1[0]!.id], "2026-11-02");
  await report(s.schoolId("СОШ №2"), [records.other.id], "2026-10-20");
  await s.createCampaign({ title: TITLE, codes: ["PERSONALISED_TRAINING_COUNT"], schools: ["СОШ №1", "СОШ №2"] });
  await s.stack.drainOutbox();
});
afterAll(() => s?.close());

const stored = async (school: "СОШ №1" | "СОШ №2") =>
  s.stack.db.prisma.submissionValue.findFirstOrThrow({
    where: { indicatorId: await s.indicatorId("PERSONALISED_TRAINING_COUNT"), submission: { schoolId: s.schoolId(school) } },
    select: { number: true, computedNumber: true },
  });

describe("a records-fed indicator in the head's form", () => {
  it("the head confirms the records' figure with one press; the review shows it alone", async () => {
    const head = s.user("head1");
    const question = textOf(await s.openForm(head, TITLE));
    expect(question).toContain("По записям о курсах: 2");
    expect(last(head).buttons.flat()).toContain("✅ Верно: 2");
    const review = textOf((await head.press("✅ Верно: 2")).replies);
    expect(review).toContain("Проверьте ответы");
    expect(review).toMatch(/профессионального роста — 2/);
    expect(review).not.toContain("по записям о курсах:");
    await head.press(/Отправить/);
    expect(await stored("СОШ №1")).toEqual({ number: 2, computedNumber: 2 });
  });

  it("a typed figure that differs is kept beside the records' one, and the review shows both", async () => {
    const head = s.user("head2");
    expect(textOf(await s.openForm(head, TITLE))).toContain("По записям о курсах: 1");
    const review = textOf((await head.send("3")).replies);
    expect(review).toMatch(/профессионального роста — 3 \(по записям о курсах: 1\)/);
    await head.press(/Отправить/);
    expect(await stored("СОШ №2")).toEqual({ number: 3, computedNumber: 1 });
  });

  it("the results show the records' figure beside a differing answer, and how many schools differ", async () => {
    const m = s.user("methodologist");
    await m.send("/campaigns");
    await m.press(new RegExp(TITLE));
    const summary = textOf((await m.press("📊 Итоги")).replies);
    expect(summary).toContain("расходится с записями о курсах: 1 ОО");
    await m.send("/campaigns");
    await m.press(new RegExp(TITLE));
    const table = textOf((await m.press("🏫 По школам")).replies);
    const block = (name: string) => table.slice(table.indexOf(name)).split("\n\n")[0]!;
    expect(block("СОШ №2 —")).toContain("1. 3 (по записям о курсах: 1)");
    expect(block("СОШ №1 —")).toContain("1. 2");
    expect(block("СОШ №1 —")).not.toContain("по записям");
  });
});
