// How many schools each campaign asks and how many have submitted or started: one grouped query over the
// campaigns shown, instead of loading every submission to count it.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";

export interface CampaignCounts {
  schoolCount: number;
  submittedCount: number;
  draftCount: number;
}

export async function campaignCounts(db: PrismaClient, campaignIds: readonly number[]): Promise<Map<number, CampaignCounts>> {
  const counts = new Map<number, CampaignCounts>();
  if (campaignIds.length === 0) return counts;
  const rows = await db.$queryRaw<Array<{ campaignId: number } & CampaignCounts>>`
    SELECT cs."campaignId",
           COUNT(*)::int AS "schoolCount",
           COUNT(s.id) FILTER (WHERE s.status = 'SUBMITTED')::int AS "submittedCount",
           COUNT(s.id) FILTER (WHERE s.status = 'DRAFT')::int AS "draftCount"
    FROM "CampaignSchool" cs
    LEFT JOIN "Submission" s ON s."campaignId" = cs."campaignId" AND s."schoolId" = cs."schoolId"
    WHERE cs."campaignId" IN (${Prisma.join(campaignIds)})
    GROUP BY cs."campaignId"`;
  for (const { campaignId, ...c } of rows) counts.set(campaignId, c);
  return counts;
}
