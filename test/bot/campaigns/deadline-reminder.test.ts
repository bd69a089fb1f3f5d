// Deadline reminders through the bot: the "reminders" job writes the outbox, the dispatcher delivers. Three
// days before, heads of schools that have not submitted get one message — listing the form and any task due,
// with a button each — once, whatever the number of runs or restarts; nothing before 10:00, at night, on a
// day without a slot, or for a form whose deadline has passed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCampaignScenario, type CampaignScenario } from "../../support/campaign-scenario.js";
import { addTask } from "../../support/fixtures-tasks.js";

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
  await addTask(
    { deps: s.stack.domain, municipalityId: s.seed.municipality.id, official: await s.actor("official") },
    { title: "Разместить план наставничества на сайте", dueAt: DEADLINE, schoolIds: [s.schoolId("СОШ №2")], createdAt: "2026-11-20T09:00:00Z" },
  );
});
afterAll(() => s?.close());

/** The job, then the dispatcher's delivery of whatever is due, as the running bot would. */
const sweep = async () => {
  await s.stack.runJob("reminders");
  return s.stack.drainOutbox();
};
const NOTHING = { sent: 0, blocked: 0, failed: 0 };

describe("a deadline on Friday", () => {
  it("nothing before 10:00 on Tuesday, three days before", async () => {
    s.stack.clock.set("2026-11-24T06:30:00Z"); // 09:30 in Moscow
    expect(await sweep()).toEqual(NOTHING);
  });

  it("at 10:00 every head whose school has not submitted gets one message listing what is due, once", async () => {
    const [head1, head2, head3] = [s.user("head1"), s.user("head2"), s.user("head3")];
    const before = head1.messages().length;
    s.stack.clock.set("2026-11-24T07:05:00Z");
    expect(await sweep()).toEqual({ sent: 2, blocked: 0, failed: 0 });
    expect(head1.messages()).toHaveLength(before); // submitted, no task: nothing to remind
    expect(head2.lastMessage()!.text).toBe(
      [
        "⏰ Напоминание о сроках (2)",
        "",
        "📋 Мониторинг «Мониторинг наставничества» не сдан — срок 27.11.2026 18:00",
        "✅ Поручение «Разместить план наставничества на сайте» — срок 27.11.2026 18:00",
      ].join("\n"),
    );
    expect(head2.lastMessage()!.buttons.flat()).toEqual(["📝 Мониторинг наставничества", "✅ Разместить план наставничества на сайте"]);
    expect(head3.lastMessage()!.text).toContain("⏰ Напоминание о сроке\n\n📋 Мониторинг «Мониторинг наставничества» не сдан");
    // Later runs, and a restart, send nothing more.
    s.stack.clock.set("2026-11-24T12:00:00Z");
    expect(await sweep()).toEqual(NOTHING);
    await s.stack.restartBot();
    expect(await sweep()).toEqual(NOTHING);
    expect(await s.stack.db.prisma.outboxMessage.count({ where: { kind: "reminders.deadline", status: "SENT" } })).toBe(2);
  });

  it("the reminder's button opens the form where the head left off", async () => {
    const opened = await s.user("head3").press("📝 Мониторинг наставничества");
    expect(opened.replies.at(-1)!.text).toContain("вопрос 1 из 1");
  });

  it("nothing on Wednesday, nor at night; the day before comes on Thursday morning", async () => {
    s.stack.clock.set("2026-11-25T08:00:00Z");
    expect(await sweep()).toEqual(NOTHING);
    s.stack.clock.set("2026-11-25T19:30:00Z"); // 22:30 Wednesday
    expect(await sweep()).toEqual(NOTHING);
    s.stack.clock.set("2026-11-26T07:00:00Z");
    expect(await sweep()).toEqual({ sent: 2, blocked: 0, failed: 0 });
  });

  it("after the deadline the closed form is not reminded; the task is, and on Monday as overdue", async () => {
    // Friday 18:00:01, nobody swept on Friday morning: the task's on-the-day reminder comes late, the form's not at all
    s.stack.clock.set("2026-11-27T15:00:01Z");
    expect(await sweep()).toEqual({ sent: 1, blocked: 0, failed: 0 });
    expect(s.user("head2").lastMessage()!.text).not.toContain("Мониторинг «");
    s.stack.clock.set("2026-11-30T07:00:00Z");
    expect(await sweep()).toEqual({ sent: 1, blocked: 0, failed: 0 });
    expect(s.user("head2").lastMessage()!.text).toContain("⛔ Поручение «Разместить план наставничества на сайте» просрочено — срок был 27.11.2026 18:00");
  });
});
