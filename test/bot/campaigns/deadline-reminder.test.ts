// The "remind-deadlines" job: two days before the deadline, the heads of schools that have not submitted get
// one reminder with a button to the form — once, whatever the number of runs; submitted schools hear nothing;
// quiet hours hold it until the morning.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCampaignScenario, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let campaignId: number;
// Friday 27.11.2026 18:00 Moscow.
const DEADLINE = "2026-11-27T15:00:00Z";

beforeAll(async () => {
  s = await startCampaignScenario();
  campaignId = await s.createCampaign({
    title: "Мониторинг наставничества",
    codes: ["ACT_MENTORING"],
    deadline: DEADLINE,
    schools: ["СОШ №1", "СОШ №2", "Калашниковская СОШ"],
  });
  await s.stack.drainOutbox(); // the opening notices
  await s.submitThroughDomain(campaignId, "head1", { ACT_MENTORING: "да" });
});
afterAll(() => s?.close());

/** The job, then the dispatcher's delivery of whatever is due, as the running bot would. */
const sweep = async () => {
  await s.stack.runJob("remind-deadlines");
  return s.stack.drainOutbox();
};
const NOTHING = { sent: 0, blocked: 0, failed: 0 };

describe("a deadline two days away", () => {
  it("nothing is sent while the deadline is further away", async () => {
    s.stack.clock.set("2026-11-25T14:59:00Z");
    expect(await sweep()).toEqual(NOTHING);
  });

  it("waits for the morning when the two days begin at night", async () => {
    const head2 = s.user("head2");
    const before = head2.messages().length;
    s.stack.clock.set("2026-11-25T19:00:00Z"); // 22:00 in Moscow: quiet hours
    expect(await sweep()).toEqual(NOTHING);
    expect(head2.messages()).toHaveLength(before);
  });

  it("reminds every head whose school has not submitted, once, with the button to the form", async () => {
    const [head1, head2, head3] = [s.user("head1"), s.user("head2"), s.user("head3")];
    const before = [head1, head2, head3].map((u) => u.messages().length);
    s.stack.clock.set("2026-11-26T06:00:00Z"); // 09:00 in Moscow
    expect(await sweep()).toEqual({ sent: 2, blocked: 0, failed: 0 });
    expect(head1.messages()).toHaveLength(before[0]!); // submitted: nothing to remind
    for (const head of [head2, head3]) {
      const reminder = head.lastMessage()!;
      expect(reminder.text).toContain("⏰ Напоминание: мониторинг «Мониторинг наставничества»");
      expect(reminder.text).toContain("Срок — 27.11.2026 18:00");
      expect(reminder.buttons.flat()).toEqual(["📝 Заполнить форму"]);
    }
    // Later runs, and a restart, send nothing more.
    s.stack.clock.set("2026-11-26T12:00:00Z");
    expect(await sweep()).toEqual(NOTHING);
    await s.stack.restartBot();
    expect(await sweep()).toEqual(NOTHING);
    expect(await s.stack.db.prisma.outboxMessage.count({ where: { kind: "campaign.deadline", status: "SENT" } })).toBe(2);
    expect(await s.stack.db.prisma.outboxMessage.count({ where: { kind: "campaign.deadline" } })).toBe(2);
  });

  it("the reminder's button opens the form where the head left off", async () => {
    const head2 = s.user("head2");
    const opened = await head2.press("📝 Заполнить форму");
    expect(opened.replies.at(-1)!.text).toContain("вопрос 1 из 1");
  });

  it("after the deadline there is nothing to remind", async () => {
    s.stack.clock.set("2026-11-27T15:00:01Z");
    expect(await sweep()).toEqual(NOTHING);
  });
});
