// The reminder sweep over days: what lands in the outbox, for whom, when — once, merged per person, with the
// 2026 calendar and each municipality's own clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/open-database.js";
import { sweepReminders } from "../../../src/domain/reminders/sweep-reminders.js";
import { REMINDERS_NOTICE, type RemindersPayload } from "../../../src/domain/reminders/reminder-notice.js";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../../support/test-database.js";
import { actorOf, createCampaignWorld, startCampaign, answerAndSubmit, type CampaignWorld } from "../../support/fixtures-campaigns.js";
import { addTask } from "../../support/fixtures-tasks.js";
import { reopenSubmission } from "../../../src/domain/campaigns/reopen-submission.js";

let db: TestDatabase;
let world: CampaignWorld;
let vladivostokHead: number;
let vladivostokMunicipality: number;
let campaignId: number;
let taskAssignments: number[];

// Friday 27.11.2026 18:00 MSK
const DUE = "2026-11-27T15:00:00Z";

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createCampaignWorld(db, { schools: 3 });
  campaignId = await startCampaign(world, { period: "2026-Q4", codes: ["ATTESTATION_SHARE"], opensAt: "2026-11-16T07:00:00Z", deadline: DUE });
  // school 2 has already submitted: it hears nothing about the campaign
  await answerAndSubmit(world, campaignId, world.heads[2]!, { ATTESTATION_SHARE: "1 из 2" });
  ({ assignmentIds: taskAssignments } = await addTask(world, { title: "Разместить план наставничества на сайте", dueAt: DUE, schoolIds: [world.schools[0]!.id, world.schools[1]!.id] }));

  const far = await db.prisma.municipality.create({ data: { name: "Дальнереченский ГО", timeZone: "Asia/Vladivostok" } });
  const school = await db.prisma.school.create({ data: { municipalityId: far.id, name: "МБОУ СОШ № 2", shortName: "СОШ № 2" } });
  const head = await db.prisma.person.create({ data: { role: "HEAD", municipalityId: far.id, schoolId: school.id, displayName: "Директор", telegramId: 999_001n } });
  vladivostokHead = head.id;
  vladivostokMunicipality = far.id;
  await addTask({ deps: world.deps, municipalityId: far.id, official: actorOf(head) }, { title: "Отчёт о курсах", dueAt: "2026-11-27T08:00:00Z", schoolIds: [school.id] });
});
afterAll(() => db.close());

async function sweepAt(iso: string) {
  world.clock.set(iso);
  return sweepReminders(world.deps);
}

/** The reminder messages in the outbox to people of `municipalityId` (default: the Moscow one), newest last. */
async function remindersSince(id: number, municipalityId = world.municipalityId) {
  const rows = await db.prisma.outboxMessage.findMany({ where: { kind: REMINDERS_NOTICE, id: { gt: id }, person: { municipalityId } }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ personId: r.personId, notBefore: r.notBefore, items: (r.payload as unknown as RemindersPayload).items }));
}
const lastId = async () => (await db.prisma.outboxMessage.findFirst({ orderBy: { id: "desc" } }))?.id ?? 0;

describe("reminders across a week in Moscow and Vladivostok", () => {
  it("nothing before 10:00 local; at 10:00 three days before, one message per person listing the form and the task", async () => {
    const mark = await lastId();
    await sweepAt("2026-11-24T06:55:00Z"); // 09:55 MSK (16:55 in Vladivostok, whose head is reminded)
    expect(await remindersSince(mark)).toEqual([]);
    const result = await sweepAt("2026-11-24T07:05:00Z");
    const sent = await remindersSince(mark);
    const head0 = sent.filter((s) => s.personId === world.heads[0]!.personId);
    expect(head0).toHaveLength(1);
    expect(head0[0]!.items.map((i) => `${i.type} ${i.stage}`).sort()).toEqual(["campaign before-3", "task before-3"]);
    // heads of school 0 (two of them) and 1: form + task; school 2 submitted and has no task
    expect(sent.map((s) => s.personId).sort()).toEqual([world.heads[0]!.personId, world.heads[1]!.personId, world.secondHead.personId].sort());
    expect(result).toEqual({ items: 6, notices: 3 });
  });

  it("exactly once: the next sweep, and a sweep after a restart, send nothing more that day", async () => {
    expect(await sweepAt("2026-11-24T07:10:00Z")).toEqual({ items: 0, notices: 0 });
    const restarted = { db: db.prisma, now: () => new Date("2026-11-24T12:00:00Z") };
    expect(await sweepReminders(restarted)).toEqual({ items: 0, notices: 0 });
    expect(await sweepAt("2026-11-25T08:00:00Z")).toEqual({ items: 0, notices: 0 }); // Wednesday: no slot
  });

  it("Vladivostok gets its own reminder hour: 10:00 there is 00:00 UTC, while Moscow sleeps", async () => {
    const mark = await lastId();
    await sweepAt("2026-11-25T23:30:00Z"); // 09:30 Thursday in Vladivostok
    expect(await remindersSince(mark, vladivostokMunicipality)).toEqual([]);
    await sweepAt("2026-11-26T00:05:00Z"); // 10:05 there, 03:05 in Moscow
    expect(await remindersSince(mark)).toEqual([]);
    const sent = await remindersSince(mark, vladivostokMunicipality);
    expect(sent.map((s) => `${s.personId} ${s.items.map((i) => i.stage).join()}`)).toEqual([`${vladivostokHead} before-1`]);
  });

  it("the day before, on the day; nothing at night, nothing at the weekend; campaign reminders end at the deadline", async () => {
    let mark = await lastId();
    await sweepAt("2026-11-26T07:01:00Z");
    expect((await remindersSince(mark)).find((s) => s.personId === world.heads[1]!.personId)?.items.map((i) => i.stage)).toEqual(["before-1", "before-1"]);
    mark = await lastId();
    await sweepAt("2026-11-26T19:00:00Z"); // 22:00 MSK
    expect(await remindersSince(mark)).toEqual([]);
    await sweepAt("2026-11-27T07:30:00Z");
    expect((await remindersSince(mark)).filter((s) => s.personId === world.heads[1]!.personId).flatMap((s) => s.items.map((i) => i.stage))).toEqual(["due", "due"]);
    mark = await lastId();
    await sweepAt("2026-11-28T08:00:00Z"); // Saturday
    await sweepAt("2026-11-29T08:00:00Z"); // Sunday
    expect(await remindersSince(mark)).toEqual([]);
  });

  it("overdue: once a working day up to the municipality's limit, then silence; a closed assignment stops", async () => {
    await db.prisma.municipality.update({ where: { id: world.municipalityId }, data: { overdueReminderLimit: 2 } });
    let mark = await lastId();
    await sweepAt("2026-11-30T07:00:00Z"); // Monday
    const monday = await remindersSince(mark);
    expect(monday.flatMap((s) => s.items.map((i) => `${i.type} ${i.stage}`))).toEqual(["task overdue-1", "task overdue-1", "task overdue-1"]);
    // school 1 closes its task
    await db.prisma.taskAssignment.update({ where: { id: taskAssignments[1]! }, data: { status: "DONE", doneAt: new Date("2026-11-30T10:00:00Z") } });
    mark = await lastId();
    await sweepAt("2026-12-01T07:00:00Z");
    const tuesday = await remindersSince(mark);
    expect(tuesday.map((s) => s.personId).sort()).toEqual([world.heads[0]!.personId, world.secondHead.personId].sort());
    expect(tuesday.flatMap((s) => s.items.map((i) => i.stage))).toEqual(["overdue-2", "overdue-2"]);
    mark = await lastId();
    await sweepAt("2026-12-02T07:00:00Z");
    expect(await remindersSince(mark)).toEqual([]);
  });
});

describe("after downtime and around holidays", () => {
  it("catch-up after two days of downtime: one reminder per item, not one per missed day", async () => {
    const { taskId, assignmentIds } = await addTask(world, { title: "Сдать отчёт ШМО", dueAt: "2026-12-11T15:00:00Z", schoolIds: [world.schools[2]!.id] });
    await sweepAt("2026-12-08T07:05:00Z"); // Tuesday: 3 days before
    // down on Wednesday and Thursday (the day before was missed); back on Friday at 11:00
    const mark = await lastId();
    await sweepAt("2026-12-11T08:00:00Z");
    await sweepAt("2026-12-11T08:05:00Z");
    const sent = (await remindersSince(mark)).flatMap((s) => s.items.filter((i) => i.id === assignmentIds[0]));
    expect(sent.map((i) => i.stage)).toEqual(["due"]);
    const claims = await db.prisma.reminderClaim.findMany({ where: { key: { startsWith: `slot:task:${taskId}:` } } });
    expect(claims.map((c) => c.key.slice(-10)).sort()).toEqual(["2026-12-08", "2026-12-11"]);
  });

  it("a holiday sends nothing; the overdue reminder waits for the next working day", async () => {
    // due Tuesday 3 November (a shortened day); 4 November is a holiday
    const { assignmentIds } = await addTask(world, { title: "Протокол ШМО", dueAt: "2026-11-03T14:00:00Z", schoolIds: [world.schools[2]!.id], createdAt: "2026-11-03T06:00:00Z" });
    const mark = await lastId();
    await sweepAt("2026-11-04T08:00:00Z");
    expect(await remindersSince(mark)).toEqual([]);
    await sweepAt("2026-11-05T08:00:00Z");
    const sent = (await remindersSince(mark)).flatMap((s) => s.items.filter((i) => i.id === assignmentIds[0]).map((i) => i.stage));
    expect(sent).toEqual(["overdue-1"]);
  });
});

describe("two processes on one database", () => {
  it("sweeping at the same moment from two connections writes each reminder once", async () => {
    const { assignmentIds } = await addTask(world, { title: "Совместная проверка", dueAt: "2026-12-18T15:00:00Z", schoolIds: world.schools.map((s) => s.id) });
    const second = testServerUrl && db.url ? await openDatabase({ url: db.url }) : undefined;
    try {
      const now = () => new Date("2026-12-15T07:05:00Z");
      const results = await Promise.all([sweepReminders({ db: db.prisma, now }), sweepReminders({ db: (second ?? db).prisma, now })]);
      expect(results.reduce((n, r) => n + r.items, 0)).toBe(5); // 3 schools, school 0 with two heads; plus school 2's overdue report
      const rows = await db.prisma.outboxMessage.findMany({ where: { kind: REMINDERS_NOTICE, createdAt: now() } });
      const items = rows.flatMap((r) => (r.payload as unknown as RemindersPayload).items.filter((i) => assignmentIds.includes(i.id)).map((i) => `${r.personId}:${i.id}`));
      expect(items).toHaveLength(4);
      expect(new Set(items).size).toBe(4);
      expect(new Set(rows.map((r) => r.personId)).size).toBe(rows.length); // one message per person
    } finally {
      await second?.close();
    }
  });
});

describe("a sweep that dies after writing its notices, before its claims", () => {
  it("runs again and writes nothing twice: the notices' keys are made of the slots they carry", async () => {
    const { taskId } = await addTask(world, { title: "Паспорт доступности", dueAt: "2027-03-05T15:00:00Z", schoolIds: [world.schools[0]!.id, world.schools[1]!.id] });
    const at = "2027-03-02T07:05:00Z"; // Tuesday: three days before
    const first = await sweepAt(at);
    expect(first).toEqual({ items: 3, notices: 3 }); // school 0 has two heads
    // the crash: the claims of the sweep never reached the database
    await db.prisma.reminderClaim.deleteMany({ where: { key: { startsWith: `slot:task:${taskId}:` } } });
    expect(await sweepAt("2027-03-02T07:10:00Z")).toEqual({ items: 0, notices: 0 });
    expect(await db.prisma.reminderClaim.count({ where: { key: `slot:task:${taskId}:2027-03-02` } })).toBe(1);
    expect(await sweepAt("2027-03-02T07:15:00Z")).toEqual({ items: 0, notices: 0 });
  });
});

describe("a task for a named member of staff", () => {
  it("reminds that person, once, alongside the school's heads for the school's share", async () => {
    const { assignmentIds } = await addTask(world, {
      title: "Свести отчёт по курсам",
      dueAt: "2026-12-25T15:00:00Z",
      schoolIds: [world.schools[1]!.id],
      personIds: [world.methodologist.personId],
    });
    const mark = await lastId();
    await sweepAt("2026-12-22T07:05:00Z"); // Tuesday: 3 days before
    const sent = await remindersSince(mark);
    const about = (personId: number) => sent.filter((s) => s.personId === personId).flatMap((s) => s.items.filter((i) => assignmentIds.includes(i.id)).map((i) => `${i.id} ${i.stage}`));
    expect(about(world.methodologist.personId)).toEqual([`${assignmentIds[1]} before-3`]);
    expect(about(world.heads[1]!.personId)).toEqual([`${assignmentIds[0]} before-3`]);
    expect(about(world.heads[0]!.personId)).toEqual([]);
  });
});

describe("a campaign form after its deadline", () => {
  it("is not reminded once closed; a form reopened for one school is, until the reopened deadline only", async () => {
    // deadline Friday 15.01.2027 18:00 MSK; school 2 is let in again until Wednesday 20.01 18:00
    const formId = await startCampaign(world, { period: "2027-Q1", codes: ["ATTESTATION_SHARE"], opensAt: "2027-01-12T06:00:00Z", deadline: "2027-01-15T15:00:00Z" });
    const formReminders = async (mark: number) =>
      (await remindersSince(mark)).flatMap((s) => s.items.filter((i) => i.type === "campaign" && i.id === formId).map((i) => `${s.personId} ${i.stage} ${i.due.slice(0, 10)}`));
    let mark = await lastId();
    await sweepAt("2027-01-15T07:05:00Z");
    expect(await formReminders(mark)).toHaveLength(world.heads.length + 1); // every school's heads, on the day
    world.clock.set("2027-01-18T06:00:00Z");
    await reopenSubmission(world.deps, world.methodologist, { campaignId: formId, schoolId: world.schools[2]!.id, until: new Date("2027-01-20T15:00:00Z") });
    mark = await lastId();
    await sweepAt("2027-01-18T07:05:00Z"); // Monday: closed for all; school 2's latest slot (Friday's) was sent
    expect(await formReminders(mark)).toEqual([]);
    await sweepAt("2027-01-19T07:05:00Z"); // Tuesday: the day before the reopened deadline
    expect(await formReminders(mark)).toEqual([`${world.heads[2]!.personId} before-1 2027-01-20`]);
    mark = await lastId();
    await sweepAt("2027-01-20T07:05:00Z");
    expect(await formReminders(mark)).toEqual([`${world.heads[2]!.personId} due 2027-01-20`]);
    mark = await lastId();
    await sweepAt("2027-01-21T07:05:00Z"); // closed again: no «overdue» for a form
    await sweepAt("2027-01-22T07:05:00Z");
    expect(await formReminders(mark)).toEqual([]);
  });
});
