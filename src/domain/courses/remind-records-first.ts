// When an open campaign asks for an indicator the course records feed, heads of schools that have recorded no
// completion in the campaign's period are reminded to record them first, once per campaign and head (the
// outbox's dedupe key). Set-based: one query per campaign, run by the opening job on every firing.
import type { DomainDeps } from "../deps.js";
import { enqueueNotices } from "../outbox/enqueue-notices.js";
import { campaignPeriodRange, RECORDS_FED_CODES } from "./records-fed-indicators.js";

export const COURSE_RECORDS_REMINDER = "course.records-reminder";

export interface RecordsReminderPayload {
  campaignTitle: string;
  schoolShortName: string;
  from: string;
  to: string;
}

export async function remindRecordsFirst(deps: DomainDeps): Promise<{ queued: number }> {
  const now = deps.now();
  const campaigns = await deps.db.campaign.findMany({
    where: { openedAt: { not: null }, deadline: { gt: now }, indicators: { some: { indicator: { code: { in: [...RECORDS_FED_CODES] } } } } },
    select: { id: true, title: true, period: true },
  });
  let queued = 0;
  for (const campaign of campaigns) {
    const range = campaignPeriodRange(campaign.period);
    if (!range) continue;
    const heads = await deps.db.$queryRaw<{ personId: number; shortName: string }[]>`
      SELECT p.id AS "personId", s."shortName" AS "shortName"
      FROM "CampaignSchool" cs
      JOIN "School" s ON s.id = cs."schoolId"
      JOIN "Person" p ON p."schoolId" = s.id AND p.role = 'HEAD' AND p."revokedAt" IS NULL AND p."blockedBotAt" IS NULL
      WHERE cs."campaignId" = ${campaign.id}
        AND NOT EXISTS (
          SELECT 1 FROM "CourseCompletion" cc JOIN "Teacher" t ON t.id = cc."teacherId"
          WHERE t."schoolId" = s.id AND cc."completedOn" BETWEEN ${range.from}::date AND ${range.to}::date)`;
    const result = await enqueueNotices(
      deps.db,
      now,
      heads.map((h) => ({
        personId: h.personId,
        kind: COURSE_RECORDS_REMINDER,
        dedupeKey: `${COURSE_RECORDS_REMINDER}:${campaign.id}:${h.personId}`,
        payload: { campaignTitle: campaign.title, schoolShortName: h.shortName, from: range.from, to: range.to } satisfies RecordsReminderPayload,
        priority: 10,
      })),
    );
    queued += result.queued;
  }
  return { queued };
}
