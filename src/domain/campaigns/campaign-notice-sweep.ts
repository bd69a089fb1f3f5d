// The campaign sweeps (opening notices, deadline reminders) as one set-based statement for every
// municipality at once: the heads still to be told go into the outbox by exact dedupe key
// `${kind}:${campaignId}:${personId}`, so a head told before is skipped by an index lookup, and the
// unique key settles races between processes. Quiet hours: each municipality's next allowed moment is
// computed once here and joined in.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { nextAllowedMoment } from "../municipalities/quiet-hours.js";
import type { CampaignSweepKind } from "./campaign-notice-kinds.js";

/** Bulk notices wait behind interactive ones. */
export const CAMPAIGN_NOTICE_PRIORITY = 10;

export interface SweepOptions {
  /** Only campaigns whose deadline is at or before this moment (the reminder's lead time). */
  deadlineBy?: Date;
  /** Only schools that have not submitted yet. */
  onlyNotSubmitted?: boolean;
  /** Only this campaign (a campaign created to open now). */
  campaignId?: number;
}

type Db = PrismaClient | Prisma.TransactionClient;

export async function enqueueCampaignNotices(db: Db, now: Date, kind: CampaignSweepKind, options: SweepOptions = {}): Promise<number> {
  const municipalities = await db.municipality.findMany({ select: { id: true, timeZone: true, quietHoursStart: true, quietHoursEnd: true } });
  const hours = municipalities.map((m) => ({ municipalityId: m.id, timeZone: m.timeZone, notBefore: nextAllowedMoment(now, m).toISOString() }));
  const params: unknown[] = [kind, now.toISOString(), JSON.stringify(hours)];
  const extra: string[] = [];
  if (options.deadlineBy) extra.push(`AND c."deadline" <= $${params.push(options.deadlineBy.toISOString())}::timestamp(3)`);
  if (options.campaignId !== undefined) extra.push(`AND c."id" = $${params.push(options.campaignId)}::int`);
  if (options.onlyNotSubmitted) {
    extra.push(`AND NOT EXISTS (SELECT 1 FROM "Submission" sub
      WHERE sub."campaignId" = c."id" AND sub."schoolId" = s."id" AND sub."status" = 'SUBMITTED')`);
  }
  params.push(CAMPAIGN_NOTICE_PRIORITY);
  return db.$executeRawUnsafe(
    `INSERT INTO "OutboxMessage" ("personId", "kind", "dedupeKey", "payload", "notBefore", "priority", "keepUntil", "createdAt")
     SELECT p."id", $1::text, $1::text || ':' || c."id" || ':' || p."id",
       jsonb_build_object('campaignId', c."id", 'schoolId', s."id", 'title', c."title", 'schoolShortName', s."shortName",
         'deadline', to_char(c."deadline", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'timeZone', q."timeZone"),
       q."notBefore", $${params.length}::int, c."deadline", $2::timestamp(3)
     FROM "Campaign" c
     JOIN jsonb_to_recordset($3::jsonb) AS q("municipalityId" int, "timeZone" text, "notBefore" timestamp(3))
       ON q."municipalityId" = c."municipalityId"
     JOIN "CampaignSchool" cs ON cs."campaignId" = c."id"
     JOIN "School" s ON s."id" = cs."schoolId"
     JOIN "Person" p ON p."schoolId" = s."id" AND p."role" = 'HEAD' AND p."revokedAt" IS NULL
       AND p."blockedBotAt" IS NULL AND p."telegramId" IS NOT NULL
     WHERE c."opensAt" <= $2::timestamp(3) AND c."deadline" > $2::timestamp(3)
       ${extra.join("\n       ")}
       AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o."dedupeKey" = $1::text || ':' || c."id" || ':' || p."id")
     ORDER BY c."deadline", c."id", s."id", p."id"
     ON CONFLICT ("dedupeKey") DO NOTHING`,
    ...params,
  );
}
