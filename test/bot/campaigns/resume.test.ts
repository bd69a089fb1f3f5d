// Test 4: the draft is saved after every answer, so a head can stop and resume later — after a bot restart,
// or as another head of the same school. Test 8: two heads of one school answering at once end with one
// submission and every change in its history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSubmissionHistory } from "../../../src/domain/campaigns/get-submission-history.js";
import { saveAnswer } from "../../../src/domain/campaigns/save-answer.js";
import type { SimulatedUser } from "../../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let head: SimulatedUser;
let deputy: SimulatedUser;
const TITLE = "Мониторинг кадров";
const CODES = [
  "YOUNG_TEACHERS_SHARE",
  "EDUCATION_MATCH_SHARE",
  "PERSONALISED_TRAINING_COUNT",
  "ACT_YOUNG_TEACHERS_SUPPORT",
  "MAIN_DIFFICULTIES_TEXT",
];
let campaignId: number;
const school = () => s.schoolId("СОШ №1");

beforeAll(async () => {
  s = await startCampaignScenario();
  campaignId = await s.createCampaign({ title: TITLE, codes: CODES });
  head = s.user("head1");
  deputy = await s.addHead("СОШ №1", { id: 100101, first_name: "Мария", last_name: "Соколова" });
});
afterAll(() => s?.close());

describe("stop and resume", () => {
  it("answers 2 of 5, the bot restarts, the next typed answer goes to question 3", async () => {
    await s.openForm(head, TITLE);
    await head.send("4 из 40");
    const third = await head.send("36 из 40");
    expect(third.replies.at(-1)!.text).toContain("вопрос 3 из 5");

    await s.stack.restartBot();

    // The conversation lives in the database: the head just carries on.
    const r = await head.send("6");
    expect(r.replies.at(-1)!.text).toContain("вопрос 4 из 5");
    const saved = await s.stack.db.prisma.submissionValue.findMany({ where: { submission: { campaignId, schoolId: school() } } });
    const shown = saved.map((v) => (v.number !== null ? String(v.number) : `${v.numerator} из ${v.denominator}`));
    expect(shown.sort()).toEqual(["36 из 40", "4 из 40", "6"].sort());
  });

  it("after another restart /forms shows the draft and opens it at the first unanswered question", async () => {
    await s.stack.restartBot();
    const list = await head.send("/forms");
    expect(textOf(list.replies)).toContain(`${TITLE} — черновик, заполнено 3 из 5`);
    const opened = await head.press(new RegExp(TITLE));
    expect(opened.replies.at(-1)!.text).toContain("вопрос 4 из 5");
    // The buttons of the question shown before the restart are dead: only the newest question counts.
    const before = head.messages().filter((m) => m.text.includes("вопрос 4 из 5"));
    const stale = await head.press("Да", { messageId: before[0]!.messageId });
    expect(stale.replies).toHaveLength(0);
    expect(stale.answer?.text).toContain("старого вопроса");
  });

  it("another head of the same school sees the same draft and where it stands", async () => {
    const list = await deputy.send("/forms");
    expect(textOf(list.replies)).toContain(`${TITLE} — черновик, заполнено 3 из 5`);
    const opened = await deputy.press(new RegExp(TITLE));
    expect(opened.replies.at(-1)!.text).toContain("вопрос 4 из 5");
    const back = await deputy.press("⬅️ Назад");
    expect(back.replies.at(-1)!.text).toContain("Сейчас сохранено: 6");
    // The deputy goes to the review: every answer the head gave is there.
    await deputy.press("⏭ Пропустить");
    await deputy.press("Да");
    const review = await deputy.send("Всё в порядке");
    const text = textOf(review.replies);
    expect(text).toContain("Проверьте ответы");
    expect(text).toContain("— 4 из 40 (10%)");
    expect(text).toContain("— 36 из 40 (90%)");
    expect(text).toContain("— 6");
    expect(text).toContain("молодых педагогов — да");
    expect(text).toContain("— Всё в порядке");

    const receipt = await deputy.press("📤 Отправить");
    expect(textOf(receipt.replies)).toContain("✅ Принято");
    const history = await getSubmissionHistory(s.stack.domain, await s.actor("head1"), { campaignId, schoolId: school() });
    expect(new Set(history.changes.map((c) => c.personName))).toEqual(new Set(["Ирина Петрова", "Мария Соколова"]));
  });
});

describe("two heads of one school at the same time", () => {
  let second: number;
  const TITLE2 = "Мониторинг сетевых сообществ";

  beforeAll(async () => {
    second = await s.createCampaign({
      title: TITLE2,
      codes: ["PROFESSIONAL_NETWORKS_SHARE", "MENTORING_PROGRAMMES_COUNT", "ACT_METHODOLOGICAL_ASSOCIATIONS"],
      schools: ["СОШ №1"],
    });
  });

  it("the same indicator: both saved in turn, one submission, both changes chained in history", async () => {
    await s.openForm(head, TITLE2);
    await s.openForm(deputy, TITLE2);
    const [a, b] = await Promise.all([head.send("10 из 40"), deputy.send("12 из 40")]);
    expect(a.replies.at(-1)!.text).toContain("вопрос 2 из 3");
    expect(b.replies.at(-1)!.text).toContain("вопрос 2 из 3");

    const submissions = await s.stack.db.prisma.submission.findMany({ where: { campaignId: second } });
    expect(submissions).toHaveLength(1);
    const history = await getSubmissionHistory(s.stack.domain, await s.actor("head1"), { campaignId: second, schoolId: school() });
    expect(history.changes).toHaveLength(2);
    const [first, then] = history.changes;
    expect(first!.oldValue).toBeNull();
    // Whoever came second saw the first one's answer as the old value.
    expect(then!.oldValue).toEqual(first!.newValue);
    expect(new Set(history.changes.map((c) => c.personName))).toEqual(new Set(["Ирина Петрова", "Мария Соколова"]));
    const value = await s.stack.db.prisma.submissionValue.findFirstOrThrow({ where: { submissionId: submissions[0]!.id } });
    expect(value.numerator).toBe((then!.newValue as { numerator: number }).numerator);
  });

  it("different indicators: both kept", async () => {
    // The deputy steps back to question 1 while the head moves on to question 2.
    await deputy.press("⬅️ Назад");
    await Promise.all([head.send("3"), deputy.send("11 из 40")]);
    const submissions = await s.stack.db.prisma.submission.findMany({ where: { campaignId: second }, include: { values: true } });
    expect(submissions).toHaveLength(1);
    const values = submissions[0]!.values;
    expect(values.find((v) => v.number !== null)?.number).toBe(3);
    expect(values.find((v) => v.numerator !== null)).toMatchObject({ numerator: 11, denominator: 40 });
    const history = await getSubmissionHistory(s.stack.domain, await s.actor("head1"), { campaignId: second, schoolId: school() });
    expect(history.changes).toHaveLength(4);
    expect(history.changes.map((c) => c.personName).slice(2).sort()).toEqual(["Ирина Петрова", "Мария Соколова"]);
  });

  it("at the domain level too: many answers at once from both heads, one submission, a history that chains", async () => {
    const [h1, h2] = [await s.actor("head1"), await s.actorOf(deputy)];
    const indicatorId = await s.indicatorId("MENTORING_PROGRAMMES_COUNT");
    await Promise.all(
      [4, 5, 6, 7, 8, 9].map((n, i) =>
        saveAnswer(s.stack.domain, i % 2 ? h1 : h2, { campaignId: second, schoolId: school(), indicatorId, raw: String(n), confirmed: true }),
      ),
    );
    const history = await getSubmissionHistory(s.stack.domain, h1, { campaignId: second, schoolId: school() });
    const forIndicator = history.changes.filter((c) => c.indicatorId === indicatorId);
    for (let i = 1; i < forIndicator.length; i++) expect(forIndicator[i]!.oldValue).toEqual(forIndicator[i - 1]!.newValue);
    expect(await s.stack.db.prisma.submission.count({ where: { campaignId: second } })).toBe(1);
  });
});
