// A restart (deploy, crash, another process taking over) in the middle of a form: the conversation state is in
// the database, so the head goes on where they were; buttons from before the restart cannot change anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/domain/actor.js";
import { createCampaign } from "../../../src/domain/campaigns/create-campaign.js";
import { redeemInvite } from "../../../src/domain/invites/redeem-invite.js";
import { seedDemo } from "../../../src/demo/seed-demo.js";
import { startLocalStack, type LocalStack } from "../../../src/demo/local-stack.js";
import type { ChatMessageView, SimulatedUser } from "../../../emulator/index.js";
import { createTestDatabase } from "../../support/test-database.js";

const TITLE = "Мониторинг профессионального развития, 4 квартал";
const CODES = ["PERSONALISED_TRAINING_COUNT", "DEFICIT_DIAGNOSTICS_SHARE", "ACT_MENTORING"] as const;

let stack: LocalStack;
let head: Actor;
let user: SimulatedUser;
let campaignId: number;
let indicatorIds: Record<(typeof CODES)[number], number>;

beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase() });
  const seed = await seedDemo(stack.domain);
  const persona = (key: string) => seed.personas.find((p) => p.key === key)!;
  const methodologist = await redeemInvite(stack.domain, {
    code: persona("methodologist").inviteCode,
    telegramId: persona("methodologist").telegramUser.id,
  });
  head = await redeemInvite(stack.domain, { code: persona("head1").inviteCode, telegramId: persona("head1").telegramUser.id });
  user = stack.server.user(persona("head1").telegramUser);

  const indicators = await stack.domain.db.indicator.findMany({ where: { code: { in: [...CODES] } } });
  indicatorIds = Object.fromEntries(indicators.map((i) => [i.code, i.id])) as typeof indicatorIds;
  const now = stack.clock.now().getTime();
  campaignId = (
    await createCampaign(stack.domain, methodologist, {
      title: TITLE,
      period: "2026-Q4",
      indicatorIds: CODES.map((code) => indicatorIds[code]),
      opensAt: new Date(now - 3_600_000),
      deadline: new Date(now + 14 * 86_400_000),
      schoolIds: [head.schoolId!],
    })
  ).campaignId;
});
afterAll(() => stack.close());

/** The school's stored answers, by indicator code. */
async function storedValues() {
  const submission = await stack.domain.db.submission.findUnique({
    where: { campaignId_schoolId: { campaignId, schoolId: head.schoolId! } },
    include: { values: { include: { indicator: true } }, changes: true },
  });
  const values = Object.fromEntries(
    (submission?.values ?? []).map((v) => [v.indicator.code, { numerator: v.numerator, denominator: v.denominator, number: v.number, flag: v.flag, skipped: v.skipped }]),
  );
  return { status: submission?.status, submittedAt: submission?.submittedAt ?? null, values, changes: submission?.changes.length ?? 0 };
}

const conversationRows = () => stack.domain.db.botState.count({ where: { key: { startsWith: "conversation:" } } });

describe("a restart between two steps of a form", () => {
  let question1: ChatMessageView;
  let review: ChatMessageView;

  it("the head opens the form and answers question 1", async () => {
    await user.send("/forms");
    const opened = await user.press(`📝 ${TITLE}`);
    question1 = opened.replies.at(-1)!;
    expect(question1.text).toContain(`📋 ${TITLE} · вопрос 1 из 3`);

    const { replies } = await user.send("12");
    expect(replies.map((r) => r.text).join("\n")).toContain("вопрос 2 из 3");
    expect(await conversationRows()).toBe(1); // the conversation lives in the database
  });

  it("after restartBot() the next answer goes to question 2, and question 3 follows", async () => {
    const botBefore = stack.bot();
    await stack.restartBot();
    expect(stack.bot()).not.toBe(botBefore);

    const { replies } = await user.send("5 из 20");
    const texts = replies.map((r) => r.text).join("\n");
    expect(texts).toContain("вопрос 3 из 3");
    expect(texts).not.toContain("Не понял");
    expect((await storedValues()).values).toEqual({
      PERSONALISED_TRAINING_COUNT: { numerator: null, denominator: null, number: 12, flag: null, skipped: false },
      DEFICIT_DIAGNOSTICS_SHARE: { numerator: 5, denominator: 20, number: null, flag: null, skipped: false },
    });
  });

  it("an old button from before the restart (question 1's «Пропустить») is outdated and changes nothing", async () => {
    const before = await storedValues();
    const { answer, replies } = await user.press("⏭ Пропустить", { messageId: question1.messageId });
    expect(answer?.text).toContain("кнопка");
    expect(replies).toEqual([]);
    expect(await storedValues()).toEqual(before);
  });

  it("another restart, then «Да» on question 3 reaches the review with every answer", async () => {
    await stack.restartBot();
    const { replies } = await user.press("Да");
    review = replies.at(-1)!;
    expect(review.text).toContain("Проверьте ответы");
    expect(review.text).toMatch(/1\. .+ — 12/);
    expect(review.text).toMatch(/2\. .+ — 5 из 20/);
    expect(review.text).toMatch(/3\. .+ — да/i);
    expect((await storedValues()).values.ACT_MENTORING).toMatchObject({ flag: true, skipped: false });
  });

  it("submitting after a third restart gives the receipt; the saved values are all there", async () => {
    await stack.restartBot();
    const { replies } = await user.press("📤 Отправить");
    expect(replies.map((r) => r.text).join("\n")).toContain(`✅ Принято: «${TITLE}», СОШ №1`);
    const stored = await storedValues();
    expect(stored.status).toBe("SUBMITTED");
    expect(Object.keys(stored.values).sort()).toEqual([...CODES].sort());
    expect(await conversationRows()).toBe(0); // the finished conversation left nothing behind
  });

  it("a replayed «Отправить» from before a restart, once the form is done: «кнопка устарела», nothing changes", async () => {
    await stack.restartBot();
    const before = await storedValues();
    const { answer, replies } = await user.press("📤 Отправить", { messageId: review.messageId });
    expect(answer).toMatchObject({ text: "Эта кнопка устарела. Откройте раздел заново через /menu.", showAlert: true });
    expect(replies).toEqual([]);
    expect(await storedValues()).toEqual(before);

    // The same for an old question's button.
    const again = await user.press("⏭ Пропустить", { messageId: question1.messageId });
    expect(again.answer?.text).toContain("кнопка устарела");
    expect(await storedValues()).toEqual(before);
  });
});
