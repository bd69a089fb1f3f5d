// Where a school's answer to a records-fed indicator differs from what its course records gave (the form keeps
// both: SubmissionValue.computedNumber). The results show the records' figure beside such answers. Kept apart
// from the results queries: one small read over the campaign's stored values.
import { requireRole, type Actor } from "../actor.js";
import { loadCampaign } from "../campaigns/campaign-access.js";
import type { DomainDeps } from "../deps.js";

export interface RecordsDifferences {
  /** schoolId → indicatorId → the records' figure, for submitted answers that differ from it. */
  bySchool: Map<number, Map<number, number>>;
  /** indicatorId → how many submitted schools differ. */
  schoolsByIndicator: Map<number, number>;
}

export async function findRecordsDifferences(
  deps: DomainDeps,
  actor: Actor,
  input: { campaignId: number; schoolIds?: readonly number[] },
): Promise<RecordsDifferences> {
  requireRole(actor, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  await loadCampaign(deps, actor, input.campaignId);
  const schoolIds = input.schoolIds ? [...input.schoolIds] : null;
  const rows = await deps.db.$queryRaw<Array<{ schoolId: number; indicatorId: number; computed: number }>>`
    SELECT s."schoolId", v."indicatorId", v."computedNumber" AS computed
    FROM "Submission" s JOIN "SubmissionValue" v ON v."submissionId" = s.id
    WHERE s."campaignId" = ${input.campaignId} AND s.status = 'SUBMITTED'
      AND v."computedNumber" IS NOT NULL AND NOT v.skipped AND v.number IS DISTINCT FROM v."computedNumber"
      AND (${schoolIds}::int[] IS NULL OR s."schoolId" = ANY(${schoolIds}::int[]))`;
  const bySchool = new Map<number, Map<number, number>>();
  const schoolsByIndicator = new Map<number, number>();
  for (const row of rows) {
    const own = bySchool.get(row.schoolId) ?? new Map<number, number>();
    own.set(row.indicatorId, Number(row.computed));
    bySchool.set(row.schoolId, own);
    schoolsByIndicator.set(row.indicatorId, (schoolsByIndicator.get(row.indicatorId) ?? 0) + 1);
  }
  return { bySchool, schoolsByIndicator };
}
