// Reminder claims are pruned nightly (job `prune-outbox`) once the sweep can no longer ask for their keys:
// the old ones go, the ones that still guard a reminder stay, and nothing is reminded twice after a prune.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_DEFINITIONS } from "../../../src/jobs/definitions.js";
import type { JobDeps } from "../../../src/jobs/scheduler.js";
import { sweepReminders } from "../../../src/domain/reminders/sweep-reminders.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";
import { createCampaignWorld, startCampaign, type CampaignWorld } from "../../support/fixtures-campaigns.js";
import { addTask } from "../../support/fixtures-tasks.js";

let db: TestDatabase;
let world: CampaignWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createCampaignWorld(db, { schools: 1 });
  // Friday 27.11.2026 18:00 MSK: a form and a task, both reminded in November
  await startCampaign(world, { period: "2026-Q4", codes: ["ATTESTATION_SHARE"], opensAt: "2026-11-16T07:00:00Z", deadline: "2026-11-27T15:00:00Z" });
  await addTask(world, { title: "Отчёт о наставничестве", dueAt: "2026-11-27T15:00:00Z", schoolIds: [world.schools[0]!.id] });
  // Friday 05.02.2027: a task reminded in February
  await addTask(world, { title: "План на второе полугодие", dueAt: "2027-02-05T15:00:00Z", schoolIds: [world.schools[0]!.id], createdAt: "2027-01-20T09:00:00Z" });
});
afterAll(() => db.close());

const sweepAt = (iso: string) => {
  world.clock.set(iso);
  return sweepReminders(world.deps);
};
const pruneJob = JOB_DEFINITIONS.find((job) => job.name === "prune-outbox")!;
const runPruneAt = (iso: string) => {
  world.clock.set(iso);
  return pruneJob.run({ domain: world.deps } as JobDeps);
};
const claimKinds = async () => (await db.prisma.reminderClaim.findMany({ orderBy: { key: "asc" } })).map((c) => `${c.kind} ${c.claimedAt.toISOString().slice(0, 10)}`);

describe("pruning reminder claims", () => {
  it("keeps every claim while the sweep may still ask for it", async () => {
    await sweepAt("2026-11-24T07:05:00Z"); // three days before: the form and the task (one claim each, whatever the heads)
    await sweepAt("2026-12-02T07:05:00Z"); // the task's third overdue day
    const before = await claimKinds();
    expect(before.filter((k) => k.endsWith("2026-11-24"))).toEqual(["campaign.before-3 2026-11-24", "task.before-3 2026-11-24"]);
    expect(before.filter((k) => k.endsWith("2026-12-02"))).toEqual(["task.overdue-3 2026-12-02"]);
    // a month later the November task could still be swept (40 days' look-back): nothing goes
    expect(await runPruneAt("2027-01-02T00:23:00Z")).toEqual({ outbox: 0, reminderClaims: 0 });
    expect(await claimKinds()).toEqual(before);
  });

  it("two months on, the November claims go and February's stays; the next sweeps send nothing twice", async () => {
    await sweepAt("2027-02-02T07:05:00Z"); // three days before the February task
    expect(await runPruneAt("2027-02-03T00:23:00Z")).toEqual({ outbox: 0, reminderClaims: 3 });
    expect(await claimKinds()).toEqual(["task.before-3 2027-02-02"]);
    // Wednesday: Tuesday's slot is still the latest one opened, and its kept claim holds it
    expect(await sweepAt("2027-02-03T07:05:00Z")).toEqual({ items: 0, notices: 0 });
  });

  it("leaves the planner statistics of the night (PGlite has no autovacuum to gather them)", async () => {
    const stats = () => db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'TaskAssignment'`);
    await runPruneAt("2027-02-10T00:23:00Z");
    expect((await stats())[0]!.n).toBeGreaterThan(0);
  });
});
