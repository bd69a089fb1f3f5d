// A stranger (no invite redeemed) gets one polite refusal a day, whatever they send, and nothing else: no
// menu, no data, nothing stored for them but the refusal marker.
import { Menu } from "@grammyjs/menu";
import type { Context } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo, type DemoSeed } from "../../../src/demo/seed-demo.js";
import { startLocalStack, type LocalStack } from "../../../src/demo/local-stack.js";
import type { ChatMessageView } from "../../../emulator/index.js";
import { createTestDatabase } from "../../support/test-database.js";

let stack: LocalStack;
let seed: DemoSeed;
let nextId = 400_001;
let headMenu: ChatMessageView;

beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase() });
  seed = await seedDemo(stack.domain);
  // A head's real menu, to copy buttons from.
  const head1 = seed.personas.find((p) => p.key === "head1")!;
  const head = stack.server.user(head1.telegramUser);
  await head.send(`/start ${head1.inviteCode}`);
  headMenu = head.lastMessage()!;
});
afterAll(() => stack.close());

const REFUSAL = "Здравствуйте! Этот бот работает только по приглашению отдела образования.";
const REFUSAL_SHORT = "Бот работает только по приглашению.";
const DAY_MS = 24 * 3_600_000;

const newStranger = () => stack.server.user({ id: nextId++, first_name: "Незнакомец", language_code: "ru" });

/** What is stored about this Telegram account: a person, bot state (conversations, markers). */
async function storedAbout(telegramId: number) {
  const db = stack.domain.db;
  const [person, states] = await Promise.all([
    db.person.findUnique({ where: { telegramId: BigInt(telegramId) } }),
    db.botState.findMany({ where: { key: { contains: String(telegramId) } } }),
  ]);
  return { person, stateKeys: states.map((s) => s.key) };
}

/** Row counts of everything a stranger could make the bot write, other than BotState. */
async function counts() {
  const db = stack.domain.db;
  const [people, invites, audit, submissions, values] = await Promise.all([
    db.person.count(),
    db.invite.count({ where: { usedAt: { not: null } } }),
    db.auditLog.count(),
    db.submission.count(),
    db.submissionValue.count(),
  ]);
  return { people, invites, audit, submissions, values };
}
let before: Awaited<ReturnType<typeof counts>>;
beforeEach(async () => {
  before = await counts();
});
afterEach(async () => {
  expect(await counts()).toEqual(before);
});

function expectOneRefusal(replies: { text: string; buttons: string[][] }[]) {
  expect(replies).toHaveLength(1);
  expect(replies[0]!.text.startsWith(REFUSAL)).toBe(true);
  expect(replies[0]!.text).toContain("работает только по приглашению");
  expect(replies[0]!.buttons).toEqual([]);
}

describe("a stranger writes to the bot", () => {
  it("text: one polite refusal, and only the refusal marker is stored", async () => {
    const user = newStranger();
    const { replies } = await user.send("Здравствуйте, это директор школы");
    expectOneRefusal(replies);
    expect(await storedAbout(user.id)).toEqual({ person: null, stateKeys: [`stranger:${user.id}`] });
    expect(user.commands().map((c) => c.command)).not.toContain("forms");
  });

  it.each(["/forms", "/campaigns", "/newcampaign", "/menu", "/lang"])("%s: the same refusal, never a menu or a list", async (command) => {
    const user = newStranger();
    const { replies } = await user.send(command);
    expectOneRefusal(replies);
    expect(await storedAbout(user.id)).toEqual({ person: null, stateKeys: [`stranger:${user.id}`] });
  });

  it("a second message the same day gets no reply at all; the next day one refusal again", async () => {
    const user = newStranger();
    expectOneRefusal((await user.send("Здравствуйте")).replies);
    expect((await user.send("Алло?")).replies).toEqual([]);
    expect((await user.send("/forms")).replies).toEqual([]);
    expect((await user.send("/campaigns")).replies).toEqual([]);

    stack.clock.advance(DAY_MS + 60_000);
    try {
      expectOneRefusal((await user.send("Есть кто?")).replies);
      expect((await user.send("Есть кто?")).replies).toEqual([]);
    } finally {
      stack.clock.advance(-(DAY_MS + 60_000));
    }
    expect(user.messages()).toHaveLength(2);
    expect(await storedAbout(user.id)).toEqual({ person: null, stateKeys: [`stranger:${user.id}`] });
  });

  it("a forged form button (form:<campaign>:<school>): a short refusal as an alert, no message, nothing opens", async () => {
    const user = newStranger();
    await user.send("привет"); // the refusal: a bot message to press "buttons" on
    const schoolId = seed.schools[0]!.id;
    const pressed = await user.pressData(`form:1:${schoolId}`);
    expect(pressed.answer).toMatchObject({ text: REFUSAL_SHORT, showAlert: true });
    expect(pressed.replies).toEqual([]);
    expect(user.messages()).toHaveLength(1);

    for (const data of ["campaign:card:1", "campaign:results:1", "campaign:xlsx:1", "campaign:reopen-school:1:1", "lang:en", "form:submit", "garbage"]) {
      const { answer, replies } = await user.pressData(data);
      expect(answer, data).toMatchObject({ text: REFUSAL_SHORT, showAlert: true });
      expect(replies, data).toEqual([]);
    }
    expect(await storedAbout(user.id)).toEqual({ person: null, stateKeys: [`stranger:${user.id}`] });
  });

  it("a pressed main-menu button (copied from someone's menu, or forged for a stranger's layout): a refusal, never a menu", async () => {
    const copied = headMenu.inlineKeyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
    // What a modified client would compute for a menu of one "❓ Помощь" button (the layout strangers used to
    // get): the menu plugin's hash is no secret.
    const helpOnly = new Menu<Context>("main").text("❓ Помощь", () => undefined);
    const render = (menu: Menu<Context>) => (menu as unknown as { render(ctx: Context): Promise<InlineKeyboardButton[][]> }).render({} as Context);
    const forged = (await render(helpOnly)).flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
    expect(forged).toHaveLength(1);

    const user = newStranger();
    await user.send("привет");
    for (const data of [...forged, ...copied]) {
      const { answer, replies } = await user.pressData(data);
      expect(answer, data).toMatchObject({ text: REFUSAL_SHORT, showAlert: true });
      expect(replies, data).toEqual([]);
    }
    expect(user.messages().map((m) => m.buttons)).toEqual([[]]);
    expect(await storedAbout(user.id)).toEqual({ person: null, stateKeys: [`stranger:${user.id}`] });
  });
});
