// «🗑 Отозвать»: copies not sent yet never go; delivered copies are deleted through the outbox (at the same
// pace) while Telegram still allows deleting them (48 hours in private chats; we stop an hour short, since the
// deletes queue behind each other); older copies cannot be deleted — their text is replaced with «отозвано»
// and the sender is told how many.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../input-error.js";
import { enqueueNotices, type NoticeInput } from "../outbox/enqueue-notices.js";
import { loadAnnouncement, requireSender } from "./announcement-access.js";
import type { MessageEntity } from "./announcement-input.js";
import {
  ANNOUNCEMENT_DELETE,
  ANNOUNCEMENT_EDIT,
  copyKey,
  fileKey,
  KEEP_ANNOUNCEMENT_MS,
  type AnnouncementDeletePayload,
  type AnnouncementEditPayload,
} from "./announcement-notices.js";
import { ANNOUNCEMENT_PRIORITY } from "./send-announcement.js";

const input = z.object({ announcementId: z.number().int().positive() });

export const DELETABLE_FOR_MS = 47 * 3600_000;

export interface Recall {
  /** recipients whose copy is being deleted */
  deleting: number;
  /** recipients whose copy was older than Telegram allows deleting (their text says «отозвано») */
  tooOld: number;
  /** recipients whose copy had not gone yet and now never will */
  cancelled: number;
}

interface CopyRow {
  personId: number;
  dedupeKey: string;
  status: string;
  sentAt: Date | null;
  isText: boolean;
}

export async function recallAnnouncement(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<Recall> {
  const { announcementId } = parseInput(input, raw);
  const now = deps.now();
  const a = await loadAnnouncement(deps, announcementId);
  requireSender(actor, a);
  if (a.recalledAt) throw new DomainError("announcement-recalled");
  const attachments = Array.isArray(a.attachments) ? a.attachments.length : 0;
  return deps.db.$transaction(async (tx) => {
    await tx.announcement.update({ where: { id: a.id }, data: { recalledAt: now } });
    const recipients = await tx.announcementRecipient.findMany({ where: { announcementId: a.id }, select: { personId: true }, orderBy: { personId: "asc" } });
    const keys = recipients.flatMap((r) => [
      copyKey(a.id, r.personId),
      ...Array.from({ length: attachments }, (_, i) => fileKey(a.id, r.personId, i)),
      ...Array.from({ length: a.version }, (_, v) => `${copyKey(a.id, r.personId)}:edit${v + 1}`),
    ]);
    // Not sent yet: they never go (locked by this statement, so no dispatcher takes them meanwhile).
    const cancelled = await tx.$queryRawUnsafe<Array<{ personId: number; kind: string }>>(
      `UPDATE "OutboxMessage" SET status = 'FAILED', "lastError" = 'recalled by the sender', "finishedAt" = $2::timestamp(3)
        WHERE status = 'QUEUED' AND "dedupeKey" IN (SELECT value FROM jsonb_array_elements_text($1::jsonb))
        RETURNING "personId", kind`,
      JSON.stringify(keys),
      now.toISOString(),
    );
    const copies = await tx.$queryRawUnsafe<CopyRow[]>(
      `SELECT "personId", "dedupeKey", status::text AS status, "sentAt", (kind = 'announcement.message') AS "isText"
         FROM "OutboxMessage"
        WHERE status IN ('SENDING', 'SENT') AND kind IN ('announcement.message', 'announcement.file')
          AND "dedupeKey" IN (SELECT value FROM jsonb_array_elements_text($1::jsonb))
        ORDER BY "personId", id`,
      JSON.stringify(keys),
    );
    const deletable = (c: CopyRow) => c.status === "SENDING" || (c.sentAt !== null && now.getTime() - new Date(c.sentAt).getTime() < DELETABLE_FOR_MS);
    const notices = copies.flatMap((c) => recallNotice(a, c, deletable(c), now));
    await enqueueNotices(tx, now, notices);
    const texts = copies.filter((c) => c.isText);
    const result: Recall = {
      deleting: texts.filter(deletable).length,
      tooOld: texts.filter((c) => !deletable(c)).length,
      cancelled: cancelled.filter((c) => c.kind === "announcement.message").length,
    };
    await recordAudit(tx, { at: now, actorId: actor.personId, action: "announcement.recall", entity: "Announcement", entityId: a.id, data: { ...result } });
    return result;
  });
}

/** What a delivered copy becomes: deleted while Telegram still allows it, else (text only) replaced by «отозвано». */
function recallNotice(a: Awaited<ReturnType<typeof loadAnnouncement>>, c: CopyRow, deletable: boolean, now: Date): NoticeInput[] {
  const common = { personId: c.personId, priority: ANNOUNCEMENT_PRIORITY, keepUntil: new Date(now.getTime() + KEEP_ANNOUNCEMENT_MS), respectQuietHours: false };
  if (deletable) {
    const payload: AnnouncementDeletePayload = { of: c.dedupeKey };
    return [{ ...common, kind: ANNOUNCEMENT_DELETE, dedupeKey: `${c.dedupeKey}:del`, payload: payload as unknown as Prisma.InputJsonValue }];
  }
  if (!c.isText) return [];
  const payload: AnnouncementEditPayload = {
    announcementId: a.id,
    text: a.text,
    entities: a.entities as unknown as MessageEntity[],
    author: a.author.displayName,
    askAck: false,
    ackDeadline: null,
    timeZone: a.municipality.timeZone,
    editedAt: a.editedAt?.toISOString() ?? null,
    acknowledged: false,
    recalled: true,
    of: c.dedupeKey,
  };
  return [{ ...common, kind: ANNOUNCEMENT_EDIT, dedupeKey: `${c.dedupeKey}:recalled`, payload: payload as unknown as Prisma.InputJsonValue }];
}
