// The set-based campaign sweeps write exactly the notices the per-campaign sender used to send, on a fixture
// of several municipalities in three time zones: the old rule (heads of the asked schools, not revoked, not
// blocked, reachable; for the reminder only schools that have not submitted) is the oracle here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDueCampaigns } from "../../../src/domain/campaigns/open-due-campaigns.js";
import type { DomainDeps } from "../../../src/domain/deps.js";
import type { Prisma } from "../../../src/generated/prisma/client.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
let deps: DomainDeps;
let now = new Date("2026-11-23T06:30:00Z"); // 09:30 Moscow, 11:30 Yekaterinburg, 16:30 Vladivostok
const H = 3600_000;
let telegramId = 300_000;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => now };
  for (const timeZone of ["Europe/Moscow", "Asia/Yekaterinburg", "Asia/Vladivostok"]) await seedMunicipality(timeZone);
});
afterAll(() => db?.close());

async function seedMunicipality(timeZone: string): Promise<void> {
  const m = await db.prisma.municipality.create({ data: { name: timeZone, timeZone } });
  const schools: Array<{ id: number }> = [];
  for (let i = 0; i < 4; i++) schools.push(await db.prisma.school.create({ data: { municipalityId: m.id, name: `${timeZone} ${i}`, shortName: `Ш${i}` } }));
  for (const [i, school] of schools.entries()) {
    // Registered long before: the opening run finds them through the campaign just opened.
    const head = (extra: Partial<Prisma.PersonUncheckedCreateInput> = {}) =>
      db.prisma.person.create({
        data: { telegramId: telegramId++, displayName: "h", role: "HEAD", municipalityId: m.id, schoolId: school.id, createdAt: new Date("2026-01-01T00:00:00Z"), ...extra },
      });
    await head();
    if (i === 0) await head(); // a second head
    if (i === 1) await head({ revokedAt: now });
    if (i === 2) await head({ blockedBotAt: now });
    if (i === 3) await head({ telegramId: null });
    await db.prisma.person.create({ data: { telegramId: telegramId++, displayName: "m", role: "METHODOLOGIST", municipalityId: m.id } });
  }
  const campaign = async (opensInH: number, deadlineInH: number, schoolIdx: number[]) => {
    const c = await db.prisma.campaign.create({
      data: { municipalityId: m.id, title: `${timeZone} ${opensInH}/${deadlineInH}`, period: "2026", opensAt: new Date(now.getTime() + opensInH * H), deadline: new Date(now.getTime() + deadlineInH * H) },
    });
    await db.prisma.campaignSchool.createMany({ data: schoolIdx.map((i) => ({ campaignId: c.id, schoolId: schools[i]!.id })) });
    return c;
  };
  const closing = await campaign(-100, 36, [0, 1, 2, 3]); // open, deadline within two days
  await campaign(-1, 120, [0, 2]); // opened an hour ago
  await campaign(5, 200, [0, 1]); // not open yet
  await campaign(-300, -1, [0, 1, 2, 3]); // closed
  await db.prisma.submission.create({ data: { campaignId: closing.id, schoolId: schools[0]!.id, status: "SUBMITTED", submittedAt: now } });
  await db.prisma.submission.create({ data: { campaignId: closing.id, schoolId: schools[1]!.id, status: "DRAFT" } });
}

/** The rule the old sender applied, one campaign at a time. */
async function oracle(kind: "campaign.opened" | "campaign.deadline"): Promise<string[]> {
  const campaigns = await db.prisma.campaign.findMany({
    where: { opensAt: { lte: now }, deadline: { gt: now, ...(kind === "campaign.deadline" ? { lte: new Date(now.getTime() + 48 * H) } : {}) } },
  });
  const keys: string[] = [];
  for (const c of campaigns) {
    const heads = await db.prisma.person.findMany({
      where: {
        role: "HEAD",
        revokedAt: null,
        blockedBotAt: null,
        telegramId: { not: null },
        school: {
          campaignSchools: { some: { campaignId: c.id } },
          ...(kind === "campaign.deadline" ? { submissions: { none: { campaignId: c.id, status: "SUBMITTED" } } } : {}),
        },
      },
    });
    keys.push(...heads.map((h) => `${kind}:${c.id}:${h.id}`));
  }
  return keys.sort();
}

const queuedKeys = async (kind: string) =>
  (await db.prisma.outboxMessage.findMany({ where: { kind }, select: { dedupeKey: true } })).map((r) => r.dedupeKey).sort();

describe("the campaign sweeps", () => {
  // Deadline reminders are the reminder policy's now (test/domain/reminders/sweep-reminders.test.ts).
  it("queue exactly the opening notices the old sender sent, once", async () => {
    const opened = await openDueCampaigns(deps);
    const expectedOpen = await oracle("campaign.opened");
    expect(expectedOpen.length).toBeGreaterThan(10);
    expect(await queuedKeys("campaign.opened")).toEqual(expectedOpen);
    expect(opened.queued).toBe(expectedOpen.length);

    // Again: nothing new.
    expect(await openDueCampaigns(deps)).toEqual({ queued: 0 });
  });

  it("a head who joins later is picked up by the next run, alone", async () => {
    const school = await db.prisma.school.findFirstOrThrow({ where: { name: "Asia/Yekaterinburg 2" } });
    const late = await db.prisma.person.create({
      data: { telegramId: telegramId++, displayName: "late", role: "HEAD", municipalityId: school.municipalityId, schoolId: school.id, createdAt: now },
    });
    const before = await queuedKeys("campaign.opened");
    expect(await openDueCampaigns(deps)).toEqual({ queued: 2 }); // the two open campaigns that ask school 2
    expect((await queuedKeys("campaign.opened")).filter((k) => !before.includes(k)).every((k) => k.endsWith(`:${late.id}`))).toBe(true);
    expect(await queuedKeys("campaign.opened")).toEqual(await oracle("campaign.opened"));
  });

  it("hold each municipality's rows until its quiet hours end, on its own clock", async () => {
    now = new Date("2026-11-23T13:00:00Z"); // 16:00 Moscow, 18:00 Yekaterinburg, 23:00 Vladivostok (quiet)
    const c = await db.prisma.campaign.findFirstOrThrow({ where: { title: { startsWith: "Asia/Vladivostok 5/" } } });
    await db.prisma.campaign.update({ where: { id: c.id }, data: { opensAt: now } });
    const moscow = await db.prisma.campaign.findFirstOrThrow({ where: { title: { startsWith: "Europe/Moscow 5/" } } });
    await db.prisma.campaign.update({ where: { id: moscow.id }, data: { opensAt: now } });
    await openDueCampaigns(deps);
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: "campaign.opened", payload: { path: ["campaignId"], equals: c.id } } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.notBefore.toISOString()).toBe("2026-11-23T23:00:00.000Z"); // 09:00 Vladivostok
    const moscowRows = await db.prisma.outboxMessage.findMany({ where: { kind: "campaign.opened", payload: { path: ["campaignId"], equals: moscow.id } } });
    expect(moscowRows.length).toBeGreaterThan(0);
    for (const row of moscowRows) expect(row.notBefore.toISOString()).toBe(now.toISOString());
  });
});
