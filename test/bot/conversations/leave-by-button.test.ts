// A button of another screen pressed while a conversation waits ends the conversation and does what it says,
// as a command does; a press on the conversation's own older question is still "outdated".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let head: SimulatedUser;
let methodologist: SimulatedUser;
let campaignId: number;
const TITLE = "Мониторинг наставничества";
const CODES = ["MENTORING_PROGRAMMES_COUNT", "YOUNG_TEACHERS_SUPPORT_SHARE", "ACT_MENTORING"];

beforeAll(async () => {
  s = await startCampaignScenario();
  campaignId = await s.createCampaign({ title: TITLE, codes: CODES, schools: ["СОШ №1"] });
  head = s.user("head1");
  methodologist = s.user("methodologist");
});
afterAll(() => s?.close());

/** The person's main menu message: /menu sends it. */
async function openMenu(user: SimulatedUser): Promise<number> {
  const r = await user.send("/menu");
  return r.replies.at(-1)!.messageId;
}

describe("a head in the middle of a form", () => {
  it("presses the main menu's «Мониторинги»: the form pauses (the answer kept) and the list of forms comes", async () => {
    const menu = await openMenu(head);
    await s.openForm(head, TITLE);
    const answered = await head.send("3");
    expect(answered.replies.at(-1)!.text).toContain("вопрос 2 из 3");

    const r = await head.press("📋 Мониторинги", { messageId: menu });
    expect(r.answer?.text ?? "").not.toContain("старого вопроса");
    expect(textOf(r.replies)).toContain("Форма на паузе, ответы сохранены");
    expect(textOf(r.replies)).toContain("Ваши мониторинги");
    const saved = await s.stack.db.prisma.submissionValue.findMany({ where: { submission: { campaignId } } });
    expect(saved.map((v) => v.number)).toEqual([3]);

    // The form is no longer waiting: typing an answer now is not taken as one.
    const typed = await head.send("5");
    expect(textOf(typed.replies)).not.toContain("вопрос 3 из 3");
  });

  it("presses «Помощь» in the menu: the form pauses and the help comes", async () => {
    const menu = await openMenu(head);
    await s.openForm(head, TITLE);
    const r = await head.press("❓ Помощь", { messageId: menu });
    expect(textOf(r.replies)).toContain("Форма на паузе");
    expect(r.replies.at(-1)!.text).toContain("Что умеет бот");
  });

  it("a button of the form's own older question is still outdated, and the form keeps waiting", async () => {
    await s.openForm(head, TITLE); // opens at question 2 (question 1 is answered)
    await head.press("⬅️ Назад");
    const questions = head.messages().filter((m) => m.text.includes("вопрос 2 из 3"));
    const old = await head.press("⏭ Пропустить", { messageId: questions.at(-1)!.messageId });
    expect(old.answer?.text).toContain("Эта кнопка от старого вопроса");
    expect(old.replies).toHaveLength(0);
    const r = await head.send("4");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 3");
  });
});

describe("a methodologist in the new-campaign wizard", () => {
  it("presses the menu's «Мониторинги»: the wizard is cancelled and the campaigns are listed", async () => {
    const menu = await openMenu(methodologist);
    expect(textOf((await methodologist.send("/newcampaign")).replies)).toContain("Как он называется?");
    const r = await methodologist.press("📋 Мониторинги", { messageId: menu });
    expect(textOf(r.replies)).toContain("Создание мониторинга отменено.");
    expect(textOf(r.replies)).toContain(TITLE);
    // The title is no longer awaited.
    const typed = await methodologist.send("Мониторинг чтения");
    expect(textOf(typed.replies)).not.toContain("период");
  });

  it("presses «Новый мониторинг» in the menu while in the wizard: a fresh wizard starts", async () => {
    const menu = await openMenu(methodologist);
    await methodologist.send("/newcampaign");
    await methodologist.send("Мониторинг чтения");
    const r = await methodologist.press("➕ Новый мониторинг", { messageId: menu });
    expect(textOf(r.replies)).toContain("Создание мониторинга отменено.");
    expect(r.replies.at(-1)!.text).toContain("Как он называется?");
  });
});
