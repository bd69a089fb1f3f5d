// The weekly digest: officials get it on the first working day of the week at the reminder hour, once a
// week, with the overdue tasks by school, the campaigns missing and the week's changes; anyone can turn it off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIGEST_NOTICE, type DigestPayload } from "../../../src/domain/digest/digest-notice.js";
import { setWeeklyDigest } from "../../../src/domain/digest/set-weekly-digest.js";
import { sweepWeeklyDigest } from "../../../src/domain/digest/sweep-weekly-digest.js";
import { renderDigest } from "../../../src/notify/notices/digest.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";
import { answerAndSubmit, createCampaignWorld, startCampaign, type CampaignWorld } from "../../support/fixtures-campaigns.js";
import { addTask } from "../../support/fixtures-tasks.js";

let db: TestDatabase;
let w: CampaignWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  w = await createCampaignWorld(db, { schools: 3 });
  const campaignId = await startCampaign(w, { period: "2026-Q4", codes: ["ATTESTATION_SHARE"], opensAt: "2026-11-25T07:00:00Z", deadline: "2026-12-04T15:00:00Z" });
  await answerAndSubmit(w, campaignId, w.heads[0]!, { ATTESTATION_SHARE: "3 из 10" });
  await addTask(w, { title: "План ШМО", dueAt: "2026-11-27T15:00:00Z", schoolIds: [w.schools[1]!.id, w.schools[2]!.id], createdAt: "2026-11-24T09:00:00Z" });
});
afterAll(() => db.close());

const digests = () => db.prisma.outboxMessage.findMany({ where: { kind: DIGEST_NOTICE }, orderBy: { id: "asc" } });

async function sweepAt(iso: string) {
  w.clock.set(iso);
  return sweepWeeklyDigest(w.deps);
}

describe("the weekly digest", () => {
  it("not on Sunday, not before 10:00 on Monday; at 10:00 Monday to the official, once", async () => {
    expect(await sweepAt("2026-11-29T08:00:00Z")).toEqual({ notices: 0 });
    expect(await sweepAt("2026-11-30T06:50:00Z")).toEqual({ notices: 0 });
    expect(await sweepAt("2026-11-30T07:05:00Z")).toEqual({ notices: 1 });
    expect(await sweepAt("2026-11-30T09:00:00Z")).toEqual({ notices: 0 });
    const [row] = await digests();
    expect(row!.personId).toBe(w.official.personId);
    const payload = row!.payload as unknown as DigestPayload;
    expect(payload.overdue).toEqual({ assignments: 2, schools: 2 });
    expect(payload.campaigns.map((c) => [c.title, c.missing, c.schools])).toEqual([["Мониторинг 2026-Q4", 2, 3]]);
    expect(payload.changes).toEqual({ tasksDone: 0, formsSubmitted: 1, newlyOverdue: 2, tasksCreated: 1 });
  });

  it("reads as a short message with the way to /status and to turn it off", () => {
    const t = (key: string, params?: Record<string, string | number>) => `${key}${params ? JSON.stringify(params) : ""}`;
    return digests().then(([row]) => {
      const message = renderDigest(row!.payload as unknown as DigestPayload, t);
      expect(message.method).toBe("sendMessage");
      expect(JSON.stringify(message)).toContain("status:digest:0");
      expect(JSON.stringify(message)).toContain("status:home");
    });
  });

  it("turned off, it does not come the next week; the week after a holiday Monday it comes on Tuesday", async () => {
    await setWeeklyDigest(w.deps, w.official, { enabled: false });
    expect(await sweepAt("2026-12-07T07:05:00Z")).toEqual({ notices: 0 });
    await setWeeklyDigest(w.deps, w.official, { enabled: true });
    // Monday 9 March 2026 is the transferred day off: the digest of that week goes on Tuesday the 10th
    expect(await sweepAt("2026-03-09T07:05:00Z")).toEqual({ notices: 0 });
    expect(await sweepAt("2026-03-10T07:05:00Z")).toEqual({ notices: 1 });
  });
});
