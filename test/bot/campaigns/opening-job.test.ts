// Test 10: the "open-campaigns" job. At the opening moment every head of the asked schools gets exactly one
// message with a button to the form — once and only once, across runs and restarts; a head who blocked the
// bot is marked and not retried; quiet hours hold the notice until the morning. The job writes outbox rows;
// `sweep()` runs it and then delivers what is due through the dispatcher, as the running bot would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let heads: Record<"head1" | "deputy" | "head2" | "head3" | "blocker", SimulatedUser>;
let marks: Map<SimulatedUser, number>;
let blockerSendsBefore: number;
const TITLE = "Мониторинг методических мероприятий";
// Tuesday 24.11.2026 10:00 Moscow.
const OPENS = "2026-11-24T07:00:00Z";

beforeAll(async () => {
  s = await startCampaignScenario();
  heads = {
    head1: s.user("head1"),
    deputy: await s.addHead("СОШ №1", { id: 100201, first_name: "Мария", last_name: "Соколова" }),
    head2: s.user("head2"),
    head3: s.user("head3"),
    blocker: await s.addHead("СОШ №2", { id: 100202, first_name: "Пётр", last_name: "Иванов" }),
  };
});
afterAll(() => s?.close());

/** The job, then the dispatcher's delivery of whatever is due. */
const sweep = async () => {
  await s.stack.runJob("open-campaigns");
  return s.stack.drainOutbox();
};
const NOTHING = { sent: 0, blocked: 0, failed: 0 };
const markAll = () => (marks = new Map(Object.values(heads).map((u) => [u, u.mark()])));
const newFor = (user: SimulatedUser) => user.messagesSince(marks.get(user)!);
const sendsTo = (user: SimulatedUser) => s.stack.server.callsTo("sendMessage").filter((c) => c.payload.chat_id === user.chatId).length;

describe("opening a scheduled campaign", () => {
  let campaignId: number;

  it("sends nothing before the opening time", async () => {
    campaignId = await s.createCampaign({
      title: TITLE,
      codes: ["MUNICIPAL_EVENTS_SHARE", "ACT_METHODOLOGICAL_ASSOCIATIONS"],
      opensAt: OPENS,
      deadline: "2026-12-04T20:59:00Z",
      schools: ["СОШ №1", "СОШ №2"],
    });
    markAll();
    s.stack.clock.set("2026-11-24T06:59:00Z");
    expect(await sweep()).toEqual(NOTHING);
    for (const user of Object.values(heads)) expect(newFor(user)).toHaveLength(0);
    // Nor does the head see it in /forms yet.
    const forms = await heads.head1.send("/forms");
    expect(textOf(forms.replies)).toContain("Открытых мониторингов для вашей школы сейчас нет");
    markAll();
  });

  it("at the opening each head of the asked schools gets one message with the button; other schools none", async () => {
    // Пётр blocked the bot, but the bot never heard of it (say the update was lost): Telegram answers 403.
    blockerSendsBefore = sendsTo(heads.blocker);
    await heads.blocker.block();
    await s.stack.db.prisma.person.updateMany({ where: { telegramId: BigInt(heads.blocker.id) }, data: { blockedBotAt: null } });

    s.stack.clock.set(OPENS);
    const result = await sweep();
    expect(result).toEqual({ sent: 3, blocked: 1, failed: 0 });
    for (const key of ["head1", "deputy", "head2"] as const) {
      const got = newFor(heads[key]);
      expect(got, key).toHaveLength(1);
      expect(got[0]!.text).toContain(`Открыт мониторинг «${TITLE}»`);
      expect(got[0]!.text).toContain("Срок сдачи — 04.12.2026 23:59");
      expect(got[0]!.buttons.flat()).toEqual(["📝 Заполнить форму"]);
    }
    expect(newFor(heads.head1)[0]!.text).toContain("(СОШ №1)");
    expect(newFor(heads.head2)[0]!.text).toContain("(СОШ №2)");
    expect(newFor(heads.head3)).toHaveLength(0);

    // The one who blocked the bot is marked.
    const blocker = await s.stack.db.prisma.person.findFirstOrThrow({ where: { telegramId: BigInt(heads.blocker.id) } });
    expect(blocker.blockedBotAt).not.toBeNull();
    expect(sendsTo(heads.blocker) - blockerSendsBefore).toBe(1);
  });

  it("running the job again, and after a restart, sends nothing more; the blocked head is not retried", async () => {
    expect(await sweep()).toEqual(NOTHING);
    s.stack.clock.advance(5 * 60_000);
    await s.stack.restartBot();
    expect(await sweep()).toEqual(NOTHING);
    for (const key of ["head1", "deputy", "head2"] as const) expect(newFor(heads[key]), key).toHaveLength(1);
    expect(sendsTo(heads.blocker) - blockerSendsBefore).toBe(1);
    // One outbox row per head, each with its outcome: three sent with their message ids, one blocked.
    const rows = await s.stack.db.prisma.outboxMessage.findMany({ where: { kind: "campaign.opened", payload: { path: ["campaignId"], equals: campaignId } } });
    expect(rows.map((r) => r.status).sort()).toEqual(["BLOCKED", "SENT", "SENT", "SENT"]);
    for (const row of rows) expect(row.attempts).toBe(1);
    expect(rows.filter((r) => r.status === "SENT").every((r) => r.messageId !== null && r.sentAt !== null)).toBe(true);
  });

  it("the notice's button opens the form, after the restart too", async () => {
    const opened = await heads.deputy.press("📝 Заполнить форму");
    expect(textOf(opened.replies)).toContain("вопрос 1 из 2");
    expect(textOf(opened.replies)).toContain("Доля педагогов, принявших участие в муниципальных методических мероприятиях");
  });

  it("a head who comes back finds the form in /forms; the notice is not sent again", async () => {
    await heads.blocker.unblock();
    // The claim of the notice that met a 403 stays: once means once, even for someone who came back.
    expect(await sweep()).toEqual(NOTHING);
    const forms = await heads.blocker.send("/forms");
    expect(textOf(forms.replies)).toContain(TITLE);
  });
});

describe("quiet hours", () => {
  it("a campaign opening at 23:00 Moscow is announced at 09:00 the next morning, once", async () => {
    await s.createCampaign({
      title: "Вечерний мониторинг",
      codes: ["ACT_MENTORING"],
      opensAt: "2026-11-24T20:00:00Z", // 23:00 Moscow
      deadline: "2026-12-04T20:59:00Z",
      schools: ["Калашниковская СОШ"],
    });
    const head3 = heads.head3;
    const mark = head3.mark();
    for (const at of ["2026-11-24T20:00:00Z", "2026-11-24T23:30:00Z", "2026-11-25T05:59:00Z"]) {
      s.stack.clock.set(at);
      expect(await sweep(), at).toEqual(NOTHING);
    }
    expect(head3.messagesSince(mark)).toHaveLength(0);
    // But the form itself is open: a head who looks finds it.
    s.stack.clock.set("2026-11-25T06:00:00Z");
    expect(await sweep()).toEqual({ sent: 1, blocked: 0, failed: 0 });
    expect(await sweep()).toEqual(NOTHING);
    const got = head3.messagesSince(mark);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toContain("Открыт мониторинг «Вечерний мониторинг» (Калашниковская СОШ)");
  });

  it("a head who blocked the bot, and the bot was told, is not even tried", async () => {
    const head3 = heads.head3;
    await head3.block();
    const before = sendsTo(head3);
    await s.createCampaign({ title: "Срочный мониторинг", codes: ["ACT_MENTORING"], schools: ["Калашниковская СОШ"] });
    expect(await sweep()).toEqual(NOTHING);
    expect(sendsTo(head3)).toBe(before);
  });
});
