-- Reminder claims become one per reminded thing and local day (a campaign, a task, an announcement), not one
-- per school and person. The per-person claims already made are folded into the new keys first, so no slot
-- already reminded goes out again after the upgrade.
ALTER TABLE "ReminderClaim" DROP COLUMN "personId";

INSERT INTO "ReminderClaim" (key, kind, "claimedAt")
SELECT DISTINCT ON (key) key, kind, "claimedAt" FROM (
  SELECT 'slot:task:' || a."taskId" || ':' || split_part(c.key, ':', 5) AS key, c.kind, c."claimedAt"
    FROM "ReminderClaim" c JOIN "TaskAssignment" a ON a.id = split_part(c.key, ':', 3)::int
   WHERE c.key LIKE 'remind:task:%'
  UNION ALL
  SELECT 'slot:campaign:' || split_part(c.key, ':', 3) || ':' || split_part(c.key, ':', 6), c.kind, c."claimedAt"
    FROM "ReminderClaim" c WHERE c.key LIKE 'remind:campaign:%'
  UNION ALL
  SELECT 'slot:announcement:' || split_part(c.key, ':', 3), c.kind, c."claimedAt"
    FROM "ReminderClaim" c WHERE c.key LIKE 'remind:announcement:%'
) folded
ORDER BY key, "claimedAt"
ON CONFLICT (key) DO NOTHING;

DELETE FROM "ReminderClaim" WHERE key LIKE 'remind:%';

-- CreateIndex
CREATE INDEX "CampaignSchool_reopenedUntil_idx" ON "CampaignSchool"("reopenedUntil");
