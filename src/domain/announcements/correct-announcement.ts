// «✏️ Исправить»: a new text (with its entities) for every copy. Copies still waiting in the outbox are
// rewritten in place; every other copy gets an edit row (through the outbox, at the same pace), which waits
// for its original if that is being sent right now. The recipients' text says it was corrected.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../input-error.js";
import { enqueueNotices } from "../outbox/enqueue-notices.js";
import { loadAnnouncement, requireSender } from "./announcement-access.js";
import { announcementInput } from "./announcement-input.js";
import { ANNOUNCEMENT_EDIT, ANNOUNCEMENT_MESSAGE, copyKey, KEEP_ANNOUNCEMENT_MS, type AnnouncementEditPayload, type AnnouncementMessagePayload } from "./announcement-notices.js";
import { ANNOUNCEMENT_PRIORITY } from "./send-announcement.js";

const input = z.object({
  announcementId: z.number().int().positive(),
  text: announcementInput.shape.text,
  entities: announcementInput.shape.entities,
});

export async function correctAnnouncement(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<{ rewritten: number; edits: number }> {
  const { announcementId, text, entities } = parseInput(input, raw);
  if (entities.some((e) => e.offset + e.length > text.length)) throw new DomainError("invalid-input", { field: "entities", reason: "invalid" });
  const now = deps.now();
  const a = await loadAnnouncement(deps, announcementId);
  requireSender(actor, a);
  if (a.recalledAt) throw new DomainError("announcement-recalled");
  return deps.db.$transaction(async (tx) => {
    const updated = await tx.announcement.update({ where: { id: a.id }, data: { text, entities: entities as Prisma.InputJsonValue, editedAt: now, version: { increment: 1 } } });
    const base: AnnouncementMessagePayload = {
      announcementId: a.id,
      text,
      entities,
      author: a.author.displayName,
      askAck: a.askAck,
      ackDeadline: a.ackDeadline?.toISOString() ?? null,
      timeZone: a.municipality.timeZone,
      editedAt: now.toISOString(),
      acknowledged: false,
    };
    // Waiting copies (locked by this statement, so no dispatcher takes them meanwhile) just go out corrected.
    const rewritten = await tx.$queryRawUnsafe<Array<{ personId: number }>>(
      `UPDATE "OutboxMessage" SET payload = $2::jsonb
        WHERE kind = $3 AND status = 'QUEUED' AND "dedupeKey" IN (
          SELECT 'ann:' || r."announcementId" || ':' || r."personId" FROM "AnnouncementRecipient" r WHERE r."announcementId" = $1)
        RETURNING "personId"`,
      a.id,
      JSON.stringify(base),
      ANNOUNCEMENT_MESSAGE,
    );
    const done = new Set(rewritten.map((r) => r.personId));
    const others = await tx.$queryRawUnsafe<Array<{ personId: number; acknowledged: boolean }>>(
      `SELECT r."personId", (r."acknowledgedAt" IS NOT NULL) AS acknowledged
         FROM "AnnouncementRecipient" r JOIN "OutboxMessage" o ON o."dedupeKey" = 'ann:' || r."announcementId" || ':' || r."personId"
        WHERE r."announcementId" = $1 AND o.status IN ('QUEUED', 'SENDING', 'SENT') ORDER BY r."personId"`,
      a.id,
    );
    const keepUntil = new Date(now.getTime() + KEEP_ANNOUNCEMENT_MS);
    const edits = others
      .filter((o) => !done.has(o.personId))
      .map((o) => {
        const payload: AnnouncementEditPayload = { ...base, acknowledged: o.acknowledged, of: copyKey(a.id, o.personId) };
        return {
          personId: o.personId,
          kind: ANNOUNCEMENT_EDIT,
          dedupeKey: `${copyKey(a.id, o.personId)}:edit${updated.version}`,
          payload: payload as unknown as Prisma.InputJsonValue,
          priority: ANNOUNCEMENT_PRIORITY,
          keepUntil,
          // A correction of a message already on the phone goes at once, like the original went.
          respectQuietHours: false,
        };
      });
    await enqueueNotices(tx, now, edits);
    await recordAudit(tx, { at: now, actorId: actor.personId, action: "announcement.correct", entity: "Announcement", entityId: a.id, data: { version: updated.version } });
    return { rewritten: rewritten.length, edits: edits.length };
  });
}
