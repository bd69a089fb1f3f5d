// The answers of a campaign's forms, by submission, aligned with the asked indicators: for the whole campaign
// (one join on the campaign's key) or for the few forms of one page.
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { IndicatorKind } from "../../generated/prisma/enums.js";
import type { AnswerValue } from "../indicators/answer-value.js";
import { valueFromRow } from "./stored-value.js";

interface ValueRow {
  submissionId: number;
  indicatorId: number;
  skipped: boolean;
  numerator: number | null;
  denominator: number | null;
  number: number | null;
  flag: boolean | null;
  text: string | null;
}

/** submissionId → values in the order of `indicators` (null: not answered, skipped, or of another shape). */
export async function loadCampaignValues(
  db: PrismaClient,
  scope: { campaignId: number } | { submissionIds: readonly number[] },
  indicators: ReadonlyArray<{ id: number; kind: IndicatorKind }>,
): Promise<Map<number, Array<AnswerValue | null>>> {
  const columns = { submissionId: true, indicatorId: true, skipped: true, numerator: true, denominator: true, number: true, flag: true, text: true } as const;
  const rows: ValueRow[] =
    "campaignId" in scope
      ? await wholeCampaign(db, scope.campaignId)
      : scope.submissionIds.length === 0
        ? []
        : await db.submissionValue.findMany({ where: { submissionId: { in: [...scope.submissionIds] } }, select: columns });
  const position = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  const values = new Map<number, Array<AnswerValue | null>>();
  for (const row of rows) {
    const at = position.get(row.indicatorId);
    if (at === undefined) continue;
    let own = values.get(row.submissionId);
    if (!own) values.set(row.submissionId, (own = indicators.map(() => null)));
    own[at] = valueFromRow(indicators[at]!.kind, row);
  }
  return values;
}

/** One JSON array instead of thousands of rows through the driver adapter (several times faster to read). */
async function wholeCampaign(db: PrismaClient, campaignId: number): Promise<ValueRow[]> {
  const [result] = await db.$queryRaw<Array<{ rows: string }>>`
    SELECT COALESCE(json_agg(json_build_array(v."submissionId", v."indicatorId", v.skipped, v.numerator, v.denominator, v.number, v.flag, v.text)), '[]')::text AS rows
    FROM "Submission" s JOIN "SubmissionValue" v ON v."submissionId" = s.id
    WHERE s."campaignId" = ${campaignId}`;
  const rows = JSON.parse(result?.rows ?? "[]") as Array<[number, number, boolean, number | null, number | null, number | null, boolean | null, string | null]>;
  return rows.map(([submissionId, indicatorId, skipped, numerator, denominator, number, flag, text]) => ({
    submissionId,
    indicatorId,
    skipped,
    numerator,
    denominator,
    number,
    flag,
    text,
  }));
}
