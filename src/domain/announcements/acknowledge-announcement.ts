// «Ознакомлен»: records who and when, once. Only a recipient of the announcement can acknowledge it, and only
// for themselves (the button carries the announcement, the person is whoever pressed): a forged button gets
// "not yours". Pressing twice keeps the first moment. One statement (the check, the conditional update and
// its audit row), so thousands of heads pressing at once cost one round trip each.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../input-error.js";

const input = z.object({ announcementId: z.number().int().positive() });

export interface Acknowledgment {
  /** ISO: the first press */
  acknowledgedAt: string;
  /** false when it had been pressed before */
  first: boolean;
  timeZone: string;
}

interface Row {
  acknowledgedAt: Date | string | null;
  askAck: boolean;
  recalledAt: Date | string | null;
  timeZone: string;
  updated: number;
}

export async function acknowledgeAnnouncement(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<Acknowledgment> {
  const { announcementId } = parseInput(input, raw);
  const now = deps.now();
  const [row] = await deps.db.$queryRawUnsafe<Row[]>(
    `WITH target AS (
       SELECT r."acknowledgedAt", a."askAck", a."recalledAt", m."timeZone"
         FROM "AnnouncementRecipient" r JOIN "Announcement" a ON a.id = r."announcementId"
         JOIN "Municipality" m ON m.id = a."municipalityId"
        WHERE r."announcementId" = $1 AND r."personId" = $2),
     marked AS (
       UPDATE "AnnouncementRecipient" SET "acknowledgedAt" = $3::timestamp(3)
        WHERE "announcementId" = $1 AND "personId" = $2 AND "acknowledgedAt" IS NULL
          AND EXISTS (SELECT 1 FROM target WHERE "askAck" AND "recalledAt" IS NULL)
        RETURNING 1),
     audited AS (
       INSERT INTO "AuditLog" (at, "actorId", action, entity, "entityId")
       SELECT $3::timestamp(3), $2, 'announcement.acknowledge', 'Announcement', $1::text FROM marked)
     SELECT target.*, (SELECT COUNT(*)::int FROM marked) AS updated FROM target`,
    announcementId,
    actor.personId,
    now.toISOString(),
  );
  if (!row || !row.askAck) throw new DomainError("forbidden");
  if (row.recalledAt) throw new DomainError("announcement-recalled");
  if (row.updated > 0) return { acknowledgedAt: now.toISOString(), first: true, timeZone: row.timeZone };
  // Pressed before (or by a press a moment ago that won the race): the first moment stands.
  const stored = row.acknowledgedAt ?? (await deps.db.announcementRecipient.findUniqueOrThrow({ where: { announcementId_personId: { announcementId, personId: actor.personId } } })).acknowledgedAt;
  return { acknowledgedAt: new Date(stored!).toISOString(), first: false, timeZone: row.timeZone };
}
