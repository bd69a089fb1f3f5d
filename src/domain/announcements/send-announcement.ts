// «Отправить»: the announcement, its recipients and one outbox row per recipient (and per attachment), in one
// transaction, so a crash leaves either nothing or everything queued; the dispatcher delivers them at
// Telegram's pace, once (the dedupe keys). People who blocked the bot get a row too: it ends BLOCKED, and the
// sender's card lists them.
import type { Prisma } from "../../generated/prisma/client.js";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { enqueueNotices, type NoticeInput } from "../outbox/enqueue-notices.js";
import type { AnnouncementInput } from "./announcement-input.js";
import {
  ANNOUNCEMENT_FILE,
  ANNOUNCEMENT_MESSAGE,
  copyKey,
  fileKey,
  KEEP_ANNOUNCEMENT_MS,
  type AnnouncementFilePayload,
  type AnnouncementMessagePayload,
} from "./announcement-notices.js";
import { audienceMembers } from "./audience.js";
import { checkDraft } from "./preview-announcement.js";

/** Bulk: interactive answers of other people go first. */
export const ANNOUNCEMENT_PRIORITY = 10;

export interface SentAnnouncement {
  announcementId: number;
  recipients: number;
  /** ISO */
  sendAt: string;
  timeZone: string;
  /** false: waits for the chosen time (or the end of the quiet hours) */
  immediate: boolean;
}

export async function sendAnnouncement(deps: DomainDeps, actor: Actor, raw: AnnouncementInput): Promise<SentAnnouncement> {
  const now = deps.now();
  return deps.db.$transaction(
    async (tx) => {
      const { draft, sendAt, timeZone } = await checkDraft(tx, now, actor, raw);
      const members = await audienceMembers(tx, actor.municipalityId, actor.personId, draft.audience);
      if (members.length === 0) throw new DomainError("announcement-no-recipients");
      const a = await tx.announcement.create({
        data: {
          municipalityId: actor.municipalityId,
          authorId: actor.personId,
          text: draft.text,
          entities: draft.entities as Prisma.InputJsonValue,
          attachments: draft.attachments as Prisma.InputJsonValue,
          audience: draft.audience as Prisma.InputJsonValue,
          askAck: draft.askAck,
          ackDeadline: draft.ackDeadline,
          sendAt,
          createdAt: now,
        },
      });
      await tx.announcementRecipient.createMany({
        data: members.map((m) => ({ announcementId: a.id, personId: m.personId, schoolId: m.schoolId })),
      });
      const message: AnnouncementMessagePayload = {
        announcementId: a.id,
        text: draft.text,
        entities: draft.entities,
        author: actor.displayName,
        askAck: draft.askAck,
        ackDeadline: draft.ackDeadline?.toISOString() ?? null,
        timeZone,
        editedAt: null,
        acknowledged: false,
      };
      const keepUntil = new Date(now.getTime() + KEEP_ANNOUNCEMENT_MS);
      const common = { notBefore: sendAt, priority: ANNOUNCEMENT_PRIORITY, keepUntil };
      const notices: NoticeInput[] = members.flatMap((m) => [
        { ...common, personId: m.personId, kind: ANNOUNCEMENT_MESSAGE, dedupeKey: copyKey(a.id, m.personId), payload: message as unknown as Prisma.InputJsonValue },
        ...draft.attachments.map((file, i): NoticeInput => {
          const payload: AnnouncementFilePayload = { announcementId: a.id, ...file };
          return { ...common, personId: m.personId, kind: ANNOUNCEMENT_FILE, dedupeKey: fileKey(a.id, m.personId, i), payload: payload as unknown as Prisma.InputJsonValue };
        }),
      ]);
      await enqueueNotices(tx, now, notices);
      await recordAudit(tx, {
        at: now,
        actorId: actor.personId,
        action: "announcement.send",
        entity: "Announcement",
        entityId: a.id,
        data: { recipients: members.length, attachments: draft.attachments.length, audience: draft.audience as Prisma.InputJsonValue },
      });
      return { announcementId: a.id, recipients: members.length, sendAt: sendAt.toISOString(), timeZone, immediate: sendAt <= now };
    },
    { timeout: 60_000, maxWait: 20_000 },
  );
}
