// Who still owes «Ознакомлен»: recipients who have not pressed it, whose copy was delivered, and — for heads —
// whose school has no acknowledgment from another head either (one head's press answers for the school).
export const UNACKNOWLEDGED_SQL = `
  SELECT r."announcementId", r."personId", r."schoolId"
    FROM "AnnouncementRecipient" r
    JOIN "OutboxMessage" o ON o."dedupeKey" = 'ann:' || r."announcementId" || ':' || r."personId" AND o.status = 'SENT'
   WHERE r."acknowledgedAt" IS NULL
     AND NOT EXISTS (SELECT 1 FROM "AnnouncementRecipient" other
                      WHERE other."announcementId" = r."announcementId" AND r."schoolId" IS NOT NULL
                        AND other."schoolId" = r."schoolId" AND other."acknowledgedAt" IS NOT NULL)`;
