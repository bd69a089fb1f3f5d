// Callback data is whatever a client sends: a modified client can name any campaign, school or view. Every
// forged press is refused with a message the person understands, and nothing is shown or opened.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/domain/actor.js";
import { createCampaign } from "../../../src/domain/campaigns/create-campaign.js";
import { createInvite } from "../../../src/domain/invites/create-invite.js";
import { redeemInvite } from "../../../src/domain/invites/redeem-invite.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { revokePerson } from "../../../src/domain/people/revoke-person.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import type { DemoPersonaKey } from "../../../src/demo/demo-data.js";
import { seedDemo, type DemoSeed } from "../../../src/demo/seed-demo.js";
import { startLocalStack, type LocalStack } from "../../../src/demo/local-stack.js";
import type { SimulatedUser } from "../../../emulator/index.js";
import { createTestDatabase } from "../../support/test-database.js";

const FORBIDDEN = "Это не ваше: у вас нет доступа к этим данным.";
const NOT_FOUND = "Не нашлось — возможно, это уже удалено.";
const REVOKED = "Доступ к боту закрыт. Если это ошибка — обратитесь к методисту.";
const OUTDATED = "Эта кнопка устарела. Откройте раздел заново через /menu.";
const TITLE = "Мониторинг профессионального развития, 4 квартал";

let stack: LocalStack;
let seed: DemoSeed;
let campaignId: number;
let schoolA: number; // head1's school
let schoolB: number; // head2's school
let foreignSchool: number;
const actors = {} as Record<"head1" | "head2" | "head3" | "methodologist" | "foreignMethodologist", Actor>;
const users = {} as Record<"head1" | "head2" | "revoked" | "methodologist" | "foreignMethodologist", SimulatedUser>;

beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase() });
  seed = await seedDemo(stack.domain);
  const persona = (key: DemoPersonaKey) => seed.personas.find((p) => p.key === key)!;
  const redeem = (key: DemoPersonaKey) =>
    redeemInvite(stack.domain, { code: persona(key).inviteCode, telegramId: persona(key).telegramUser.id, language: "ru" });
  for (const key of ["head1", "head2", "head3", "methodologist"] as const) actors[key] = await redeem(key);
  schoolA = actors.head1.schoolId!;
  schoolB = actors.head2.schoolId!;

  // Another municipality, with its own school and methodologist.
  const lysva = await createMunicipality(stack.domain, systemActor, { name: "Лысьвенский городской округ", timeZone: "Asia/Yekaterinburg" });
  const lyceum = await stack.domain.db.school.create({ data: { municipalityId: lysva.id, name: "МАОУ «Лицей № 1»", shortName: "Лицей № 1" } });
  foreignSchool = lyceum.id;
  const invite = await createInvite(stack.domain, systemActor, { role: "METHODOLOGIST", municipalityId: lysva.id });
  actors.foreignMethodologist = await redeemInvite(stack.domain, { code: invite.code, telegramId: 500_001, language: "ru" });

  const indicators = await stack.domain.db.indicator.findMany({
    where: { code: { in: ["PERSONALISED_TRAINING_COUNT", "DEFICIT_DIAGNOSTICS_SHARE"] } },
    orderBy: { code: "desc" },
  });
  const now = stack.clock.now().getTime();
  campaignId = (
    await createCampaign(stack.domain, actors.methodologist, {
      title: TITLE,
      period: "2026-Q4",
      indicatorIds: indicators.map((i) => i.id),
      opensAt: new Date(now - 3_600_000),
      deadline: new Date(now + 14 * 86_400_000),
      schoolIds: "all",
    })
  ).campaignId;

  await revokePerson(stack.domain, systemActor, { personId: actors.head3.personId });

  users.head1 = stack.server.user(persona("head1").telegramUser);
  users.head2 = stack.server.user(persona("head2").telegramUser);
  users.revoked = stack.server.user(persona("head3").telegramUser);
  users.methodologist = stack.server.user(persona("methodologist").telegramUser);
  users.foreignMethodologist = stack.server.user({ id: 500_001, first_name: "Мария", last_name: "Лысьвенская", language_code: "ru" });
  // Everyone but the revoked head has a bot message (the menu) to press forged "buttons" on.
  for (const user of [users.head1, users.head2, users.methodologist, users.foreignMethodologist]) await user.send("/menu");
});
afterAll(() => stack.close());

/** Whether a form conversation is running for this user (its state lives in BotState). */
const formStateOf = async (user: SimulatedUser) =>
  (await stack.domain.db.botState.findMany({ where: { key: { startsWith: "conversation:" } } })).filter((row) =>
    row.key.includes(String(user.chatId)),
  );

/** What the person was told about a press: the alert, or — if the press was answered already — a message. */
async function press(user: SimulatedUser, data: string) {
  const documentsBefore = stack.server.callsTo("sendDocument").length;
  const { answer, replies } = await user.pressData(data);
  return {
    alert: answer?.showAlert ? answer.text : undefined,
    told: [answer?.text, ...replies.map((r) => r.text)].filter(Boolean) as string[],
    replies,
    documents: stack.server.callsTo("sendDocument").length - documentsBefore,
  };
}

describe("a school head presses a form button naming another school", () => {
  it("a school of the same municipality: «Это не ваше» as an alert, and no form opens", async () => {
    const result = await press(users.head1, `form:${campaignId}:${schoolB}`);
    expect(result.alert).toBe(FORBIDDEN);
    expect(users.head1.callbackAnswers().at(-1)).toMatchObject({ text: FORBIDDEN, showAlert: true });
    expect(result.replies).toEqual([]);
    expect(await formStateOf(users.head1)).toEqual([]);
    expect(await stack.domain.db.submission.count({ where: { schoolId: schoolB } })).toBe(0);
  });

  it("a school of another municipality: the same refusal", async () => {
    const result = await press(users.head1, `form:${campaignId}:${foreignSchool}`);
    expect(result.alert).toBe(FORBIDDEN);
    expect(result.replies).toEqual([]);
  });

  it("a campaign that does not exist, or data that is not ids: nothing opens", async () => {
    expect((await press(users.head1, `form:99999:${schoolA}`)).alert).toBe(NOT_FOUND);
    for (const data of [`form:${campaignId}`, `form:x:${schoolA}`, `form:${campaignId}:${schoolA}:1`, `form:-1:${schoolA}`]) {
      const result = await press(users.head1, data);
      expect(result.alert, data).toBe(OUTDATED);
      expect(result.replies, data).toEqual([]);
    }
    expect(await formStateOf(users.head1)).toEqual([]);
  });

  it("(control) the head of school B pressing the same data gets the form's first question", async () => {
    const { replies } = await users.head2.pressData(`form:${campaignId}:${schoolB}`);
    expect(replies[0]!.text).toContain(`📋 ${TITLE} · вопрос 1 из 2`);
    await users.head2.press("⏸ Прервать (ответы сохранены)");
  });
});

describe("a school head presses staff-only buttons", () => {
  it.each([
    ["results", "campaign:results"],
    ["the Excel export", "campaign:xlsx"],
    ["the per-school table", "campaign:schools"],
    ["who has not submitted", "campaign:missing"],
    ["reopen for a school", "campaign:reopen"],
  ])("%s (%s:<id>) is refused, nothing is shown or sent", async (_what, prefix) => {
    const result = await press(users.head1, `${prefix}:${campaignId}`);
    expect(result.told).toContain(FORBIDDEN);
    expect(result.replies.map((r) => r.text)).toEqual(result.alert ? [] : [FORBIDDEN]);
    expect(result.documents).toBe(0);
  });

  it("reopening the form for their own school (campaign:reopen-school:<id>:<school>) is refused and changes nothing", async () => {
    const result = await press(users.head1, `campaign:reopen-school:${campaignId}:${schoolA}`);
    expect(result.told).toContain(FORBIDDEN);
    expect(await stack.domain.db.campaignSchool.findMany({ where: { campaignId, reopenedUntil: { not: null } } })).toEqual([]);
  });

  it("the campaign card (campaign:card:<id>) shows a head nothing", async () => {
    const result = await press(users.head1, `campaign:card:${campaignId}`);
    expect(result.replies.every((r) => !r.text.includes(TITLE))).toBe(true);
    expect(result.told.some((text) => text === FORBIDDEN || text === NOT_FOUND)).toBe(true);
  });
});

describe("a methodologist of another municipality", () => {
  it("pressing campaign:card:<id> of this municipality's campaign is refused; its title is never shown", async () => {
    const result = await press(users.foreignMethodologist, `campaign:card:${campaignId}`);
    expect(result.told.some((text) => text === FORBIDDEN || text === NOT_FOUND)).toBe(true);
    expect(result.replies.every((r) => !r.text.includes(TITLE))).toBe(true);
  });

  it.each(["campaign:results", "campaign:schools", "campaign:missing", "campaign:xlsx", "campaign:reopen"])("pressing %s:<id> is refused", async (prefix) => {
    const result = await press(users.foreignMethodologist, `${prefix}:${campaignId}`);
    expect(result.told).toContain(FORBIDDEN);
    expect(result.replies.every((r) => !r.text.includes(TITLE))).toBe(true);
    expect(result.documents).toBe(0);
  });

  it("pressing campaign:reopen-school:<id>:<school> (reopen) is refused and changes nothing", async () => {
    const result = await press(users.foreignMethodologist, `campaign:reopen-school:${campaignId}:${schoolA}`);
    expect(result.told).toContain(FORBIDDEN);
    expect(await stack.domain.db.campaignSchool.count({ where: { campaignId, reopenedUntil: { not: null } } })).toBe(0);
  });

  it("(control) this municipality's methodologist gets the card", async () => {
    const { replies } = await users.methodologist.pressData(`campaign:card:${campaignId}`);
    expect(replies.map((r) => r.text).join("\n")).toContain(TITLE);
  });
});

describe("a person whose access was revoked", () => {
  it("gets «Доступ к боту закрыт» for a message, a command, /start and a button", async () => {
    const user = users.revoked;
    for (const text of ["Здравствуйте", "/forms", "/menu", `/start ${seed.personas.find((p) => p.key === "head3")!.inviteCode}`]) {
      const { replies } = await user.send(text);
      expect(replies.map((r) => r.text), text).toEqual([REVOKED]);
    }
    const { answer, replies } = await user.pressData(`form:${campaignId}:${actors.head3.schoolId}`);
    expect(answer).toMatchObject({ text: REVOKED, showAlert: true });
    expect(replies).toEqual([]);
    expect(await formStateOf(user)).toEqual([]);
  });
});
