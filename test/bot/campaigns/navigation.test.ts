// Test 3: skip, back and cancel at every step, answers kept; the review screen's edit buttons change one
// answer and come back to the review. Test 7: forged button data gets "не ваше" and opens nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handled, PressResult, SimulatedUser } from "../../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let head: SimulatedUser;
let campaignId: number;
const TITLE = "Мониторинг наставничества";
const CODES = ["MENTORING_PROGRAMMES_COUNT", "YOUNG_TEACHERS_SUPPORT_SHARE", "ACT_MENTORING", "MAIN_DIFFICULTIES_TEXT"];

beforeAll(async () => {
  s = await startCampaignScenario();
  campaignId = await s.createCampaign({ title: TITLE, codes: CODES, schools: ["СОШ №2", "Калашниковская СОШ"] });
  head = s.user("head2");
});
afterAll(() => s?.close());

async function values() {
  const rows = await s.stack.db.prisma.submissionValue.findMany({
    where: { submission: { campaignId, schoolId: s.schoolId("СОШ №2") } },
    include: { indicator: { select: { code: true } } },
  });
  return Object.fromEntries(rows.map((r) => [r.indicator.code, r]));
}

describe("skip, back, cancel", () => {
  it("skip moves on and marks the question; back returns with the saved answer shown; skip keeps an answer", async () => {
    const opened = await s.openForm(head, TITLE);
    expect(opened.at(-1)!.text).toContain("вопрос 1 из 4");
    // No "back" on the first question.
    expect(opened.at(-1)!.buttons.flat()).toEqual(["⏭ Пропустить", "⏸ Прервать (ответы сохранены)"]);

    let r = await head.send("3");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 4");
    expect(r.replies.at(-1)!.buttons.flat()).toContain("⬅️ Назад");
    r = await head.press("⏭ Пропустить");
    expect(r.replies.at(-1)!.text).toContain("вопрос 3 из 4");
    expect((await values()).YOUNG_TEACHERS_SUPPORT_SHARE).toMatchObject({ skipped: true, numerator: null });

    r = await head.press("⬅️ Назад");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 4");
    r = await head.send("0 из 0"); // no young teachers: still an answer
    expect(r.replies.at(-1)!.text).toContain("вопрос 3 из 4");
    expect((await values()).YOUNG_TEACHERS_SUPPORT_SHARE).toMatchObject({ skipped: false, numerator: 0, denominator: 0 });

    r = await head.press("⬅️ Назад");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 4");
    expect(r.replies.at(-1)!.text).toContain("Сейчас сохранено: 0 из 0");
    r = await head.press("⬅️ Назад");
    expect(r.replies.at(-1)!.text).toContain("вопрос 1 из 4");
    expect(r.replies.at(-1)!.text).toContain("Сейчас сохранено: 3");
    r = await head.press("⏭ Пропустить");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 4");
    expect((await values()).MENTORING_PROGRAMMES_COUNT).toMatchObject({ skipped: false, number: 3 });
  });

  it("a button of an older question is outdated and changes nothing", async () => {
    const questions = head.messages().filter((m) => m.text.includes("вопрос 1 из 4"));
    const old = await head.press("⏭ Пропустить", { messageId: questions[0]!.messageId });
    expect(old.answer?.text).toContain("Эта кнопка от старого вопроса");
    expect(old.replies).toHaveLength(0);
  });

  it("cancel keeps the answers and says how to come back; /forms shows the draft and resumes", async () => {
    let r: Handled = await head.press("⏭ Пропустить"); // question 2 → 3
    r = await head.press("⏸ Прервать (ответы сохранены)");
    expect(textOf(r.replies)).toContain("Ответы сохранены. Вернуться к форме — /forms");
    expect(textOf(r.replies)).toContain("Срок сдачи:");
    const stale = await head.press("Нет", { messageId: head.messages().filter((m) => m.text.includes("вопрос 3 из 4")).at(-1)!.messageId });
    expect(stale.replies).toHaveLength(0);
    expect(stale.answer?.text).toMatch(/устарела/);
    expect(await values()).toMatchObject({
      MENTORING_PROGRAMMES_COUNT: { number: 3 },
      YOUNG_TEACHERS_SUPPORT_SHARE: { numerator: 0, denominator: 0 },
    });

    r = await head.send("/forms");
    expect(textOf(r.replies)).toContain(`${TITLE} — черновик, заполнено 2 из 4`);
    r = await head.press(new RegExp(TITLE));
    expect(r.replies.at(-1)!.text).toContain("вопрос 3 из 4");
  });

  it("a command in the middle pauses the form and runs", async () => {
    const r = await head.send("/help");
    expect(textOf(r.replies)).toContain("Форма на паузе, ответы сохранены");
    expect(textOf(r.replies)).toContain("Что умеет бот");
  });
});

describe("the review screen", () => {
  it("lists answers with a button each; one is changed and the review comes back", async () => {
    await s.openForm(head, TITLE);
    await head.press("Нет");
    let r: Handled = await head.press("⏭ Пропустить");
    let review = r.replies.at(-1)!;
    expect(review.text).toContain("Проверьте ответы — Мониторинг наставничества, СОШ №2");
    expect(review.text).toContain("1. Количество программ наставничества, реализуемых в ОО — 3");
    expect(review.text).toContain("— 0 из 0");
    expect(review.text).toContain("наставничестве — нет");
    expect(review.text).toContain("Основные затруднения и комментарии — пропущено ⚠️");
    expect(review.buttons.flat()).toEqual(["✏️ 1", "✏️ 2", "✏️ 3", "✏️ 4", "📤 Отправить", "⏸ Позже"]);

    // Submitting with a skipped answer: told what is missing, nothing submitted.
    r = await head.press("📤 Отправить");
    expect(textOf(r.replies)).toContain("Не все показатели заполнены: осталось 1");
    const submission = await s.stack.db.prisma.submission.findFirstOrThrow({ where: { campaignId, schoolId: s.schoolId("СОШ №2") } });
    expect(submission.status).toBe("DRAFT");
    // …and taken straight to the question still missing; skipping it again returns to the review.
    expect(r.replies.at(-1)!.text).toContain("вопрос 4 из 4");
    r = await head.press("⏭ Пропустить");
    expect(r.replies.at(-1)!.text).toContain("Проверьте ответы");

    r = await head.press("✏️ 1");
    expect(r.replies.at(-1)!.text).toContain("вопрос 1 из 4");
    expect(r.replies.at(-1)!.text).toContain("Сейчас сохранено: 3");
    r = await head.send("5");
    review = r.replies.at(-1)!;
    expect(review.text).toContain("Проверьте ответы");
    expect(review.text).toContain("реализуемых в ОО — 5");
    expect(review.text).toContain("наставничестве — нет"); // the rest untouched

    r = await head.press("✏️ 4");
    expect(r.replies.at(-1)!.text).toContain("вопрос 4 из 4");
    r = await head.send("Нет наставников в начальной школе");
    expect(r.replies.at(-1)!.text).toContain("— Нет наставников в начальной школе");

    r = await head.press("📤 Отправить");
    expect(textOf(r.replies)).toContain("✅ Принято: «Мониторинг наставничества», СОШ №2");
    const changes = await s.stack.db.prisma.submissionChange.findMany({
      where: { submission: { campaignId }, indicator: { code: "MENTORING_PROGRAMMES_COUNT" } },
      orderBy: { id: "asc" },
    });
    expect(changes.map((c) => [c.oldValue, c.newValue])).toEqual([
      [null, { kind: "COUNT", number: 3 }],
      [{ kind: "COUNT", number: 3 }, { kind: "COUNT", number: 5 }],
    ]);
  });
});

describe("forged button data", () => {
  it("another school's form: 'не ваше' alert, no form opened, nothing written", async () => {
    const intruder = s.user("head3"); // Калашниковская СОШ is asked too, so only the school differs
    const before = intruder.messages().length;
    const forged = await intruder.pressData(`form:${campaignId}:${s.schoolId("СОШ №2")}`);
    expect(forged.answer).toMatchObject({ showAlert: true });
    expect(forged.answer?.text).toContain("Это не ваше");
    expect(forged.replies).toHaveLength(0);
    expect(intruder.messages()).toHaveLength(before);
    // Not even inside a conversation: a typed answer now is not taken as one.
    const typed = await intruder.send("5");
    expect(textOf(typed.replies)).toContain("Не понял сообщение");
  });

  it("a school the campaign does not ask, an unknown campaign, garbage, staff buttons: refused", async () => {
    const head1 = s.user("head1");
    const notAsked = await head1.pressData(`form:${campaignId}:${s.schoolId("СОШ №1")}`);
    expect(notAsked.answer?.text).toContain("Не нашлось");
    const unknown = await head1.pressData(`form:999999:${s.schoolId("СОШ №1")}`);
    expect(unknown.answer?.text).toContain("Не нашлось");
    const garbage = await head1.pressData("form:1:x");
    expect(garbage.answer?.text).toContain("устарела");
    for (const r of [notAsked, unknown, garbage]) expect(r.replies).toHaveLength(0);
    // Staff buttons: the press is answered before the view runs, so the refusal comes as a message.
    const refusal = (r: PressResult) => `${r.answer?.text ?? ""}\n${textOf(r.replies)}`;
    const results = await head1.pressData(`campaign:results:${campaignId}`);
    expect(refusal(results)).toContain("Это не ваше");
    expect(textOf(results.replies)).not.toContain("сдали");
    const reopen = await head1.pressData(`campaign:reopen-school:${campaignId}:${s.schoolId("СОШ №1")}`);
    expect(refusal(reopen)).toContain("Это не ваше");
    expect(await s.stack.db.prisma.campaignSchool.count({ where: { campaignId, reopenedUntil: { not: null } } })).toBe(0);
  });
});
