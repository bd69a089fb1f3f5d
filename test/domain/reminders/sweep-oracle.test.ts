// The sweep works out slots per campaign, task and deadline and claims them per day; the policy is stated per
// item. Here the policy applied to every item and person on its own — read with Prisma, no SQL of the sweep's —
// is the oracle, on a fixture of three municipalities in three zones with heads who cannot be reached, a
// submitted form, a school let in again, done and open assignments and a named member of staff.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDateOf } from "../../../src/domain/calendar/local-date.js";
import { loadWorkingCalendar } from "../../../src/domain/calendar/load-working-calendar.js";
import type { DomainDeps } from "../../../src/domain/deps.js";
import { REMINDERS_NOTICE, type RemindersPayload } from "../../../src/domain/reminders/reminder-notice.js";
import { latestOpenedSlot, reminderSlots } from "../../../src/domain/reminders/reminder-policy.js";
import { sweepReminders } from "../../../src/domain/reminders/sweep-reminders.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
// Wednesday 25.11.2026 07:05 UTC: 10:05 Moscow, 12:05 Yekaterinburg, 17:05 Vladivostok — reminder time in all three
let now = new Date("2026-11-25T07:05:00Z");
const deps = (): DomainDeps => ({ db: db.prisma, now: () => now });
const D = 24 * 3600_000;
let telegramId = 700_000;

beforeAll(async () => {
  db = await createTestDatabase();
  for (const timeZone of ["Europe/Moscow", "Asia/Yekaterinburg", "Asia/Vladivostok"]) await seedMunicipality(timeZone);
});
afterAll(() => db?.close());

async function seedMunicipality(timeZone: string): Promise<void> {
  const m = await db.prisma.municipality.create({ data: { name: timeZone, timeZone } });
  const schools = [];
  for (let i = 0; i < 5; i++) schools.push(await db.prisma.school.create({ data: { municipalityId: m.id, name: `${timeZone} ${i}`, shortName: `Ш${i}` } }));
  const person = (data: { role: "HEAD" | "METHODOLOGIST"; schoolId?: number; revokedAt?: Date; blockedBotAt?: Date; telegramId?: null }) =>
    db.prisma.person.create({ data: { displayName: "p", municipalityId: m.id, telegramId: telegramId++, ...data } });
  for (const [i, s] of schools.entries()) {
    await person({ role: "HEAD", schoolId: s.id });
    if (i === 0) await person({ role: "HEAD", schoolId: s.id }); // a second head
    if (i === 1) await person({ role: "HEAD", schoolId: s.id, revokedAt: now });
    if (i === 2) await person({ role: "HEAD", schoolId: s.id, blockedBotAt: now });
    if (i === 3) await person({ role: "HEAD", schoolId: s.id, telegramId: null });
  }
  const staff = await person({ role: "METHODOLOGIST" });
  const at = (days: number) => new Date(now.getTime() + days * D);
  // campaigns: due tomorrow, due in 6 days, closed the day before yesterday with school 4 let in until tomorrow
  for (const [deadline, reopen] of [[at(1.3), false], [at(6), false], [at(-2), true]] as const) {
    const c = await db.prisma.campaign.create({ data: { municipalityId: m.id, title: `Форма ${timeZone}`, period: "2026", opensAt: at(-10), deadline, openedAt: at(-10) } });
    await db.prisma.campaignSchool.createMany({ data: schools.map((s, i) => ({ campaignId: c.id, schoolId: s.id, reopenedUntil: reopen && i === 4 ? at(1.3) : null })) });
    await db.prisma.submission.create({ data: { campaignId: c.id, schoolId: schools[0]!.id, status: "SUBMITTED", submittedAt: at(-1) } });
  }
  // tasks: overdue since Monday, due today, due Friday with a school assigned after today's slot opened
  for (const [due, late] of [[at(-2), false], [at(0.4), false], [at(2.3), true]] as const) {
    const t = await db.prisma.task.create({ data: { municipalityId: m.id, title: `Поручение ${timeZone}`, source: "MANUAL", dueAt: due, createdAt: at(-9) } });
    await db.prisma.taskAssignment.createMany({
      data: [
        ...schools.map((s, i) => ({ taskId: t.id, municipalityId: m.id, dueAt: due, schoolId: s.id, createdAt: late && i === 4 ? now : at(-9), status: i === 1 ? ("DONE" as const) : ("OPEN" as const) })),
        { taskId: t.id, municipalityId: m.id, dueAt: due, personId: staff.id, createdAt: at(-9) },
      ],
    });
  }
}

/** The policy applied to each item and person separately: `${person} ${type}:${item} ${stage}`. */
async function oracle(): Promise<string[]> {
  const calendar = await loadWorkingCalendar(deps(), localDateOf(now, "UTC"));
  const reachable = { revokedAt: null, blockedBotAt: null, telegramId: { not: null } };
  const lines: string[] = [];
  for (const m of await db.prisma.municipality.findMany()) {
    const settings = { timeZone: m.timeZone, reminderHour: m.reminderHour, overdueLimit: m.overdueReminderLimit, quietHoursStart: m.quietHoursStart, quietHoursEnd: m.quietHoursEnd };
    const owed = (due: Date, startsAt: Date, remindWhenOverdue: boolean) =>
      latestOpenedSlot({ due, startsAt, remindWhenOverdue }, reminderSlots({ due, remindWhenOverdue }, settings, calendar), now);
    const heads = await db.prisma.person.findMany({ where: { municipalityId: m.id, role: "HEAD", ...reachable } });
    for (const cs of await db.prisma.campaignSchool.findMany({ where: { campaign: { municipalityId: m.id } }, include: { campaign: true } })) {
      const due = cs.reopenedUntil && cs.reopenedUntil > cs.campaign.deadline ? cs.reopenedUntil : cs.campaign.deadline;
      const submitted = await db.prisma.submission.count({ where: { campaignId: cs.campaignId, schoolId: cs.schoolId, status: "SUBMITTED" } });
      const slot = due > now && !submitted ? owed(due, cs.campaign.opensAt, false) : undefined;
      if (slot) for (const h of heads.filter((h) => h.schoolId === cs.schoolId)) lines.push(`${h.id} campaign:${cs.campaignId} ${slot.stage}`);
    }
    for (const a of await db.prisma.taskAssignment.findMany({ where: { municipalityId: m.id, status: "OPEN" } })) {
      const slot = owed(a.dueAt!, a.createdAt, true);
      if (!slot) continue;
      const to = a.personId ? await db.prisma.person.findMany({ where: { id: a.personId, ...reachable } }) : heads.filter((h) => h.schoolId === a.schoolId);
      for (const p of to) lines.push(`${p.id} task:${a.id} ${slot.stage}`);
    }
  }
  return lines.sort();
}

async function sweptSince(mark: number): Promise<{ lines: string[]; messages: number; people: number }> {
  const rows = await db.prisma.outboxMessage.findMany({ where: { kind: REMINDERS_NOTICE, id: { gt: mark } } });
  const lines = rows.flatMap((r) => (r.payload as unknown as RemindersPayload).items.map((i) => `${r.personId} ${i.type}:${i.id} ${i.stage}`));
  return { lines: lines.sort(), messages: rows.length, people: new Set(rows.map((r) => r.personId)).size };
}

describe("the reminder sweep against the policy applied item by item", () => {
  it("writes exactly what the policy owes each person, one message each, then nothing more", async () => {
    const expected = await oracle();
    expect(expected.length).toBeGreaterThan(30);
    expect(expected.some((l) => l.includes("overdue-"))).toBe(true);
    const result = await sweepReminders(deps());
    const swept = await sweptSince(0);
    expect(swept.lines).toEqual(expected);
    expect(swept.messages).toBe(swept.people);
    expect(result).toEqual({ items: expected.length, notices: swept.messages });
    expect(await sweepReminders(deps())).toEqual({ items: 0, notices: 0 });
  });

  it("the next working day, exactly what the policy owes and was not sent yet", async () => {
    const mark = (await db.prisma.outboxMessage.findFirst({ orderBy: { id: "desc" } }))?.id ?? 0;
    const sentBefore = new Set((await sweptSince(0)).lines);
    now = new Date("2026-11-26T07:05:00Z");
    // each slot once: what was sent yesterday for the same slot (Vladivostok's Friday task has none today) is not owed
    const expected = (await oracle()).filter((line) => !sentBefore.has(line));
    expect(expected.length).toBeGreaterThan(30);
    await sweepReminders(deps());
    expect((await sweptSince(mark)).lines).toEqual(expected);
  });
});
