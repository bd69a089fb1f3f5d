// One announcement as its recipient (or its sender) reads it again: the text with its entities, the
// attachments, whether «Ознакомлен» is asked and pressed. A recalled one is gone for recipients.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../input-error.js";
import { loadAnnouncement } from "./announcement-access.js";
import type { MessageEntity } from "./announcement-input.js";
import type { AnnouncementAttachment, AnnouncementMessagePayload } from "./announcement-notices.js";

const input = z.object({ announcementId: z.number().int().positive() });

export interface ReceivedAnnouncement {
  message: AnnouncementMessagePayload;
  /** the sender reading their own: no «Ознакомлен» button of their own */
  isRecipient: boolean;
  attachments: AnnouncementAttachment[];
}

export async function getReceivedAnnouncement(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<ReceivedAnnouncement> {
  const { announcementId } = parseInput(input, raw);
  const a = await loadAnnouncement(deps, announcementId);
  const recipient = await deps.db.announcementRecipient.findUnique({
    where: { announcementId_personId: { announcementId, personId: actor.personId } },
    select: { acknowledgedAt: true },
  });
  const isSender = a.authorId === actor.personId;
  if (!recipient && !isSender) throw new DomainError("forbidden");
  if (a.recalledAt && !isSender) throw new DomainError("announcement-recalled");
  if (a.sendAt > deps.now() && !isSender) throw new DomainError("not-found");
  return {
    message: {
      announcementId: a.id,
      text: a.text,
      entities: a.entities as unknown as MessageEntity[],
      author: a.author.displayName,
      askAck: a.askAck,
      ackDeadline: a.ackDeadline?.toISOString() ?? null,
      timeZone: a.municipality.timeZone,
      editedAt: a.editedAt?.toISOString() ?? null,
      acknowledged: recipient?.acknowledgedAt != null,
    },
    isRecipient: recipient !== null,
    attachments: a.attachments as unknown as AnnouncementAttachment[],
  };
}
