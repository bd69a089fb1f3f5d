// The only door in: /start with an invite, on the real bot polling the local Bot API emulator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type DemoSeed } from "../../../src/demo/seed-demo.js";
import { startLocalStack, type LocalStack } from "../../../src/demo/local-stack.js";
import { createInvite } from "../../../src/domain/invites/create-invite.js";
import { revokeInvite } from "../../../src/domain/invites/revoke-invite.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import type { DemoPersonaKey } from "../../../src/demo/demo-data.js";
import { createTestDatabase } from "../../support/test-database.js";

let stack: LocalStack;
let seed: DemoSeed;

beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase() });
  seed = await seedDemo(stack.domain);
});
afterAll(() => stack.close());

const persona = (key: DemoPersonaKey) => seed.personas.find((p) => p.key === key)!;
let nextStrangerId = 300_001;
const stranger = (firstName = "Гость") => stack.server.user({ id: nextStrangerId++, first_name: firstName, language_code: "ru" });
const personCount = () => stack.domain.db.person.count();
const personOf = (telegramId: number) => stack.domain.db.person.findUnique({ where: { telegramId: BigInt(telegramId) } });
const buttonsOf = (message: { buttons: string[][] } | undefined) => message?.buttons.flat() ?? [];

describe("onboarding with a valid invite, one per role", () => {
  it("a school head sees the welcome for a head, the head's menu and the head's commands", async () => {
    const head = persona("head1");
    const user = stack.server.user(head.telegramUser);
    const { replies } = await user.send(`/start ${head.inviteCode}`);

    expect(replies[0]!.text).toContain("Добро пожаловать, Ирина Петрова!");
    expect(replies[0]!.text).toContain("руководитель ОО");
    const menu = replies.at(-1)!;
    expect(menu.text).toBe("Ирина Петрова, что делаем?");
    expect(buttonsOf(menu)).toEqual(["📋 Мониторинги", "✅ Поручения", "🗺 Дорожная карта", "🎓 Курсы", "📢 Объявления", "❓ Помощь"]);
    expect(user.commands().map((c) => c.command)).toEqual(["menu", "forms", "status", "tasks", "plan", "courses", "announcements", "help", "lang"]);
    expect(user.commands()[1]!.description).toBe("Мои мониторинги");
    expect(await personOf(user.id)).toMatchObject({ role: "HEAD", displayName: "Ирина Петрова", language: "ru" });
  });

  it("a methodologist sees the methodologist's menu (new campaign) and commands", async () => {
    const methodologist = persona("methodologist");
    const user = stack.server.user(methodologist.telegramUser);
    const { replies } = await user.send(`/start ${methodologist.inviteCode}`);

    expect(replies[0]!.text).toContain("Вы вошли как методист");
    expect(buttonsOf(replies.at(-1))).toEqual([
      "📊 Статус",
      "📋 Мониторинги",
      "➕ Новый мониторинг",
      "🗂 Протоколы и поручения",
      "🗺 Дорожная карта",
      "🎓 Каталог курсов",
      "📢 Рассылка",
      "❓ Помощь",
    ]);
    expect(user.commands().map((c) => c.command)).toEqual(["menu", "campaigns", "status", "newcampaign", "tasks", "meeting", "plan", "courses", "announce", "announcements", "help", "lang"]);
  });

  it("an official sees the official's menu and commands, without creating campaigns", async () => {
    const official = persona("official");
    const user = stack.server.user(official.telegramUser);
    const { replies } = await user.send(`/start ${official.inviteCode}`);

    expect(replies[0]!.text).toContain("Вы вошли как специалист МОУО");
    const buttons = buttonsOf(replies.at(-1));
    expect(buttons).toEqual(["📊 Статус", "📋 Мониторинги", "🗂 Протоколы и поручения", "🗺 Дорожная карта", "📢 Рассылка", "📄 Отчёты", "❓ Помощь"]);
    expect(buttons).not.toContain("➕ Новый мониторинг");
    expect(user.commands().map((c) => c.command)).toEqual(["menu", "campaigns", "status", "tasks", "meeting", "plan", "courses", "announce", "announcements", "digest", "help", "lang"]);
  });
});

describe("invites that do not let anyone in", () => {
  it("a used invite: the second person is told it is used, and no person is created for them", async () => {
    const before = await personCount();
    const second = stranger("Второй");
    const { replies } = await second.send(`/start ${persona("head1").inviteCode}`);

    expect(replies.map((r) => r.text)).toEqual([
      "Это приглашение уже использовано. Если это были не вы — сообщите методисту.",
    ]);
    expect(await personOf(second.id)).toBeNull();
    expect(await personCount()).toBe(before);
    expect(second.commands().map((c) => c.command)).not.toContain("forms");
  });

  it("an invite whose expiry is in the past", async () => {
    // Issued 20 days ago for 14 days.
    const issuedEarlier = { ...stack.domain, now: () => new Date(stack.clock.now().getTime() - 20 * 86_400_000) };
    const invite = await createInvite(issuedEarlier, systemActor, { role: "OFFICIAL", municipalityId: seed.municipality.id });
    expect(invite.expiresAt.getTime()).toBeLessThan(stack.clock.now().getTime());

    const late = stranger("Опоздавший");
    const { replies } = await late.send(invite.startCommand);
    expect(replies.map((r) => r.text)).toEqual(["Срок действия приглашения истёк. Попросите новую ссылку."]);
    expect(await personOf(late.id)).toBeNull();
  });

  it("an invite that expires while it waits (the clock moves past it)", async () => {
    const invite = await createInvite(stack.domain, systemActor, {
      role: "HEAD",
      municipalityId: seed.municipality.id,
      schoolId: seed.schools[3]!.id,
      expiresInDays: 1,
    });
    const late = stranger("Завтрашний");
    stack.clock.advance(25 * 3_600_000);
    try {
      const { replies } = await late.send(invite.startCommand);
      expect(replies.map((r) => r.text)).toEqual(["Срок действия приглашения истёк. Попросите новую ссылку."]);
    } finally {
      stack.clock.advance(-25 * 3_600_000);
    }
    expect(await personOf(late.id)).toBeNull();
  });

  it("a revoked invite", async () => {
    const invite = await createInvite(stack.domain, systemActor, { role: "METHODOLOGIST", municipalityId: seed.municipality.id });
    await revokeInvite(stack.domain, systemActor, { code: invite.code });
    const user = stranger();
    const { replies } = await user.send(invite.startCommand);
    expect(replies.map((r) => r.text)).toEqual(["Это приглашение отозвано. Попросите новую ссылку."]);
    expect(await personOf(user.id)).toBeNull();
  });

  it.each([
    ["a forged code of the right shape", "ZZZZZZZZZZZZZZ"],
    ["a demo-like code that was never issued", "demo-director-invite"],
    ["a malformed code (too short)", "abc"],
    ["a malformed code (characters a code never has)", "../../etc/passwd;DROP"],
    ["an absurdly long code", "A".repeat(500)],
  ])("%s → «не найдено», nothing stored", async (_what, code) => {
    const before = await personCount();
    const user = stranger();
    const { replies } = await user.send(`/start ${code}`);
    expect(replies.map((r) => r.text)).toEqual([
      "Приглашение не найдено. Проверьте ссылку или попросите новую у того, кто вас пригласил.",
    ]);
    expect(await personCount()).toBe(before);
  });

  it("/start without a code from a stranger: the polite refusal, no menu", async () => {
    const user = stranger();
    const { replies } = await user.send("/start");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("работает только по приглашению");
    expect(replies[0]!.buttons).toEqual([]);
    expect(await personOf(user.id)).toBeNull();
  });
});

describe("a registered person comes back", () => {
  it("/start again shows the menu, no error", async () => {
    const user = stack.server.user(persona("head1").telegramUser);
    const { replies } = await user.send("/start");
    expect(replies.map((r) => r.text)).toEqual(["Ирина Петрова, что делаем?"]);
    expect(buttonsOf(replies[0])).toContain("📋 Мониторинги");
  });

  it("/start with their own (used) invite again says they are registered and shows the menu", async () => {
    const head = persona("head1");
    const user = stack.server.user(head.telegramUser);
    const { replies } = await user.send(`/start ${head.inviteCode}`);
    expect(replies.map((r) => r.text)).toEqual(["Вы уже зарегистрированы — приглашение не понадобилось.", "Ирина Петрова, что делаем?"]);
  });

  it("/start with someone else's fresh invite does not register them twice", async () => {
    const head = stack.server.user(persona("head1").telegramUser);
    const { replies } = await head.send(`/start ${persona("head2").inviteCode}`);
    expect(replies[0]!.text).toBe("Вы уже зарегистрированы — приглашение не понадобилось.");
    // The other invite is still there for its owner.
    const owner = stack.server.user(persona("head2").telegramUser);
    expect((await owner.send(`/start ${persona("head2").inviteCode}`)).replies[0]!.text).toContain("Добро пожаловать, Сергей Николаев!");
  });
});

describe("/lang", () => {
  it("switches to English: the menu, the welcome-back and the command list are then in English", async () => {
    const user = stack.server.user(persona("official").telegramUser);
    const { replies } = await user.send("/lang");
    expect(replies[0]!.text).toBe("Выберите язык:");
    expect(buttonsOf(replies[0])).toEqual(["Русский", "English"]);

    const pressed = await user.press("English");
    expect(user.lastMessage()!.text).toBe("Language: English.");
    expect(pressed.answer).toBeDefined();
    expect(await personOf(user.id)).toMatchObject({ language: "en" });

    const menu = (await user.send("/menu")).replies;
    expect(menu.map((r) => r.text)).toEqual(["Андрей Волков, what shall we do?"]);
    expect(buttonsOf(menu[0])).toEqual(["📊 Status", "📋 Monitoring", "🗂 Minutes and tasks", "🗺 Roadmap", "📢 Broadcast", "📄 Reports", "❓ Help"]);
    expect(user.commands().find((c) => c.command === "menu")?.description).toBe("Main menu");

    // And back to Russian.
    await user.send("/lang");
    await user.press("Русский");
    expect(user.lastMessage()!.text).toBe("Язык: русский.");
    expect((await user.send("/menu")).replies[0]!.text).toBe("Андрей Волков, что делаем?");
    expect(user.commands().find((c) => c.command === "menu")?.description).toBe("Главное меню");
  });
});

describe("guessing invite codes", () => {
  it("after 5 wrong codes in an hour the bot is silent to that account, even to a right code, across a restart", async () => {
    const guesser = stranger("Подбиратель");
    const notFound = "Приглашение не найдено. Проверьте ссылку или попросите новую у того, кто вас пригласил.";
    for (let i = 1; i <= 5; i++) {
      expect((await guesser.send(`/start WRONGCODE000${i}`)).replies.map((r) => r.text)).toEqual([notFound]);
    }
    await stack.restartBot();

    const invite = await createInvite(stack.domain, systemActor, { role: "HEAD", municipalityId: seed.municipality.id, schoolId: seed.schools[4]!.id });
    expect((await guesser.send("/start WRONGCODE0006")).replies).toEqual([]);
    expect((await guesser.send(invite.startCommand)).replies).toEqual([]);
    expect(await personOf(guesser.id)).toBeNull();

    // Another account is not affected by this one's guesses.
    expect((await stranger().send("/start WRONGCODE0007")).replies.map((r) => r.text)).toEqual([notFound]);

    // When the hour is over, the right code lets them in.
    stack.clock.advance(61 * 60_000);
    try {
      const { replies } = await guesser.send(invite.startCommand);
      expect(replies[0]!.text).toContain("Добро пожаловать");
      expect(await personOf(guesser.id)).toMatchObject({ role: "HEAD" });
    } finally {
      stack.clock.advance(-61 * 60_000);
    }
  });
});

describe("a Bot API server that refuses the command menu", () => {
  it("/start with an invite still welcomes the person and shows the menu", async () => {
    const invite = await createInvite(stack.domain, systemActor, { role: "OFFICIAL", municipalityId: seed.municipality.id, displayName: "Ольга Серова" });
    stack.server.failNext("setMyCommands", { error_code: 400, description: "Bad Request: method is not supported" });
    const { replies } = await stranger().send(invite.startCommand);
    expect(replies[0]!.text).toContain("Вы вошли как специалист МОУО");
    expect(replies.at(-1)!.text).toBe("Ольга Серова, что делаем?");
  });
});
