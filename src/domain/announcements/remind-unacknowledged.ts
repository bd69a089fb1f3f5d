// «Напомнить сейчас» on the sender's card: one reminder to each recipient who still owes «Ознакомлен», at most
// one a day per person (the dedupe key carries the local date), through the outbox.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { localDateOf } from "../calendar/local-date.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../input-error.js";
import { enqueueNotices } from "../outbox/enqueue-notices.js";
import { loadAnnouncement, requireSender } from "./announcement-access.js";
import { ANNOUNCEMENT_REMIND, excerptOf, type AnnouncementRemindPayload } from "./announcement-notices.js";
import { UNACKNOWLEDGED_SQL } from "./unacknowledged-recipients.js";

const input = z.object({ announcementId: z.number().int().positive() });

export async function remindUnacknowledged(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<{ reminded: number; owing: number }> {
  const { announcementId } = parseInput(input, raw);
  const now = deps.now();
  const a = await loadAnnouncement(deps, announcementId);
  requireSender(actor, a);
  if (!a.askAck) throw new DomainError("forbidden");
  if (a.recalledAt) throw new DomainError("announcement-recalled");
  if (a.sendAt > now) throw new DomainError("announcement-not-sent-yet");
  const timeZone = a.municipality.timeZone;
  return deps.db.$transaction(async (tx) => {
    const owing = await tx.$queryRawUnsafe<Array<{ personId: number }>>(
      `SELECT u."personId" FROM (${UNACKNOWLEDGED_SQL}) u WHERE u."announcementId" = $1 ORDER BY u."personId"`,
      announcementId,
    );
    const payload: AnnouncementRemindPayload = { announcementId, excerpt: excerptOf(a.text), ackDeadline: a.ackDeadline?.toISOString() ?? null, timeZone };
    const day = localDateOf(now, timeZone);
    const { queued } = await enqueueNotices(
      tx,
      now,
      owing.map((o) => ({
        personId: o.personId,
        kind: ANNOUNCEMENT_REMIND,
        dedupeKey: `ann:${announcementId}:${o.personId}:remind:${day}`,
        payload: payload as unknown as Prisma.InputJsonValue,
        priority: 5,
      })),
    );
    await recordAudit(tx, { at: now, actorId: actor.personId, action: "announcement.remind", entity: "Announcement", entityId: announcementId, data: { reminded: queued } });
    return { reminded: queued, owing: owing.length };
  });
}
