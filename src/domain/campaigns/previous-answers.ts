// The school's answer in the previous period: the latest other campaign of the municipality that opened
// before this one and where the school SUBMITTED a value for that indicator (per indicator, so an indicator
// skipped by one campaign is taken from the one before).
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { AnswerValue } from "../indicators/answer-value.js";
import { valueFromRow } from "./stored-value.js";

export interface PreviousAnswer {
  value: AnswerValue;
  campaignId: number;
  campaignTitle: string;
  period: string;
}

export async function findPreviousAnswers(
  db: PrismaClient,
  campaign: { id: number; municipalityId: number; opensAt: Date },
  schoolId: number,
  indicators: ReadonlyArray<{ id: number; kind: AnswerValue["kind"] }>,
): Promise<Map<number, PreviousAnswer>> {
  const rows = await db.submissionValue.findMany({
    where: {
      indicatorId: { in: indicators.map((i) => i.id) },
      skipped: false,
      submission: {
        schoolId,
        status: "SUBMITTED",
        campaign: { municipalityId: campaign.municipalityId, id: { not: campaign.id }, opensAt: { lt: campaign.opensAt } },
      },
    },
    include: { submission: { select: { campaign: { select: { id: true, title: true, period: true, opensAt: true } } } } },
  });
  rows.sort((a, b) => b.submission.campaign.opensAt.getTime() - a.submission.campaign.opensAt.getTime());
  const kinds = new Map(indicators.map((i) => [i.id, i.kind]));
  const result = new Map<number, PreviousAnswer>();
  for (const row of rows) {
    const kind = kinds.get(row.indicatorId);
    if (kind === undefined || result.has(row.indicatorId)) continue;
    const value = valueFromRow(kind, row);
    if (value === null) continue;
    const { id, title, period } = row.submission.campaign;
    result.set(row.indicatorId, { value, campaignId: id, campaignTitle: title, period });
  }
  return result;
}
