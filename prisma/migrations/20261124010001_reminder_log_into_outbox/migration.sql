-- The reminder log's keys become the outbox's dedupe keys, as sent rows, so nothing already sent goes again:
-- "campaign-open:<campaign>:<person>" -> "campaign.opened:…", "campaign-deadline:…" -> "campaign.deadline:…".
INSERT INTO "OutboxMessage" ("personId", "kind", "dedupeKey", "payload", "notBefore", "status", "attempts", "sentAt", "keepUntil", "createdAt", "finishedAt")
SELECT r."personId",
       CASE r."kind" WHEN 'campaign-open' THEN 'campaign.opened' ELSE 'campaign.deadline' END,
       CASE r."kind" WHEN 'campaign-open' THEN 'campaign.opened' ELSE 'campaign.deadline' END
         || ':' || split_part(r."key", ':', 2) || ':' || split_part(r."key", ':', 3),
       jsonb_build_object('campaignId', split_part(r."key", ':', 2)::int, 'schoolId', p."schoolId"),
       r."sentAt", 'SENT', 1, r."sentAt", c."deadline", r."sentAt", r."sentAt"
FROM "ReminderLog" r
JOIN "Person" p ON p."id" = r."personId"
LEFT JOIN "Campaign" c ON c."id" = split_part(r."key", ':', 2)::int
WHERE r."kind" IN ('campaign-open', 'campaign-deadline')
ON CONFLICT ("dedupeKey") DO NOTHING;

-- DropForeignKey
ALTER TABLE "ReminderLog" DROP CONSTRAINT "ReminderLog_personId_fkey";

-- DropTable
DROP TABLE "ReminderLog";
