// «Ознакомлен»: records who and when, once. Only a recipient of the announcement can acknowledge it, and only
// for themselves (the button carries the announcement, the person is whoever pressed): a forged button gets
// "not yours". Pressing twice keeps the first moment.
import { z } from "zod";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
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

export async function acknowledgeAnnouncement(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<Acknowledgment> {
  const { announcementId } = parseInput(input, raw);
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<Array<{ acknowledgedAt: Date | null; askAck: boolean; recalledAt: Date | null; timeZone: string }>>(
      `SELECT r."acknowledgedAt", a."askAck", a."recalledAt", m."timeZone"
         FROM "AnnouncementRecipient" r JOIN "Announcement" a ON a.id = r."announcementId"
         JOIN "Municipality" m ON m.id = a."municipalityId"
        WHERE r."announcementId" = $1 AND r."personId" = $2 FOR UPDATE OF r`,
      announcementId,
      actor.personId,
    );
    const row = rows[0];
    if (!row || !row.askAck) throw new DomainError("forbidden");
    if (row.recalledAt) throw new DomainError("announcement-recalled");
    if (row.acknowledgedAt) return { acknowledgedAt: new Date(row.acknowledgedAt).toISOString(), first: false, timeZone: row.timeZone };
    await tx.announcementRecipient.update({
      where: { announcementId_personId: { announcementId, personId: actor.personId } },
      data: { acknowledgedAt: now },
    });
    await recordAudit(tx, { at: now, actorId: actor.personId, action: "announcement.acknowledge", entity: "Announcement", entityId: announcementId });
    return { acknowledgedAt: now.toISOString(), first: true, timeZone: row.timeZone };
  });
}
