// Two heads of one school answering at the same moment: one submission, every change in history, chained.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "../../../src/domain/campaigns/save-answer.js";
import { skipAnswer } from "../../../src/domain/campaigns/skip-answer.js";
import type { AnswerValue } from "../../../src/domain/indicators/answer-value.js";
import { createCampaignWorld, startCampaign, type CampaignWorld } from "../../support/fixtures-campaigns.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
let w: CampaignWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  w = await createCampaignWorld(db);
});
afterAll(() => db?.close());

describe("concurrent saves on one school", () => {
  it("end with one submission and a complete, chained history", async () => {
    const codes = ["PERSONALISED_TRAINING_COUNT", "MENTORING_PROGRAMMES_COUNT", "ATTESTATION_SHARE"];
    const campaignId = await startCampaign(w, { period: "2026-Q4", codes, opensAt: "2026-11-02T06:00:00Z", deadline: "2026-11-30T15:00:00Z" });
    const schoolId = w.schools[0]!.id;
    const heads = [w.heads[0]!, w.secondHead];

    // 36 saves, no submission yet: the first ones race to create it. Every value differs within its
    // indicator, so each save is a change; several go to the same indicator at once.
    const saves = Array.from({ length: 36 }, (_, i) => {
      const code = codes[i % 3]!;
      const raw = code.endsWith("SHARE") ? `${i} из 100` : String(i);
      return saveAnswer(w.deps, heads[i % 2]!, { campaignId, schoolId, indicatorId: w.indicator[code]!, raw });
    });
    // A skip racing with the saves must not erase anything.
    const skip = skipAnswer(w.deps, w.secondHead, { campaignId, schoolId, indicatorId: w.indicator.ATTESTATION_SHARE! });
    const results = await Promise.all([...saves, skip]);
    expect(results.slice(0, 36).every((r) => r.status === "saved" && "changed" in r && r.changed)).toBe(true);

    const submissions = await db.prisma.submission.findMany({ where: { campaignId, schoolId }, include: { values: true } });
    expect(submissions).toHaveLength(1);
    const submission = submissions[0]!;

    const changes = await db.prisma.submissionChange.findMany({ where: { submissionId: submission.id }, orderBy: { id: "asc" } });
    expect(changes).toHaveLength(36);
    expect(new Set(changes.map((c) => c.personId))).toEqual(new Set(heads.map((h) => h.personId)));

    for (const code of codes) {
      const indicatorId = w.indicator[code]!;
      const chain = changes.filter((c) => c.indicatorId === indicatorId);
      expect(chain).toHaveLength(12);
      expect(chain[0]!.oldValue).toBeNull();
      for (let k = 1; k < chain.length; k++) expect(chain[k]!.oldValue).toEqual(chain[k - 1]!.newValue);
      // The stored value is the last one written.
      const row = submission.values.find((v) => v.indicatorId === indicatorId)!;
      const last = chain.at(-1)!.newValue as AnswerValue;
      expect(row.skipped).toBe(false);
      if (last.kind === "SHARE") expect([row.numerator, row.denominator]).toEqual([last.numerator, last.denominator]);
      if (last.kind === "COUNT") expect(row.number).toBe(last.number);
    }
  });
});
