// The live figures of one announcement or of a page of them, computed by the database from the outbox rows of
// the original copies (the one record of delivery) and the recipients' acknowledgments.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";

type Db = Pick<PrismaClient | Prisma.TransactionClient, "$queryRawUnsafe">;

export interface AnnouncementFigures {
  recipients: number;
  /** waiting for their time or for Telegram */
  queued: number;
  delivered: number;
  failed: number;
  blocked: number;
  acknowledged: number;
}

export async function figuresOf(db: Db, announcementIds: number[]): Promise<Map<number, AnnouncementFigures>> {
  if (announcementIds.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<Array<AnnouncementFigures & { id: number }>>(
    `SELECT r."announcementId" AS id, COUNT(*)::int AS recipients,
            COUNT(*) FILTER (WHERE o.status IN ('QUEUED', 'SENDING'))::int AS queued,
            COUNT(*) FILTER (WHERE o.status = 'SENT')::int AS delivered,
            COUNT(*) FILTER (WHERE o.status = 'FAILED')::int AS failed,
            COUNT(*) FILTER (WHERE o.status = 'BLOCKED')::int AS blocked,
            COUNT(r."acknowledgedAt")::int AS acknowledged
       FROM "AnnouncementRecipient" r
       LEFT JOIN "OutboxMessage" o ON o."dedupeKey" = 'ann:' || r."announcementId" || ':' || r."personId"
      WHERE r."announcementId" IN (SELECT value::int FROM jsonb_array_elements_text($1::jsonb))
      GROUP BY r."announcementId"`,
    JSON.stringify(announcementIds),
  );
  return new Map(rows.map(({ id, ...f }) => [id, f]));
}

export const noFigures = (): AnnouncementFigures => ({ recipients: 0, queued: 0, delivered: 0, failed: 0, blocked: 0, acknowledged: 0 });
