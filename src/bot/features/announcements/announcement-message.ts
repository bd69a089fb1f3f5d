// What a recipient sees: the sender's text with the entities they typed (no markup involved), a plain line
// after it (who, «ознакомиться до», «исправлено»), and the «Ознакомлен» button when it is asked for. One
// function for the outbox's copies, the sender's preview and the re-read from history, so they are the same.
import { annCallback } from "./announcement-callback.js";
import { InlineKeyboard } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { AnnouncementMessagePayload } from "../../../domain/announcements/announcement-notices.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { Translate } from "../../i18n.js";

export interface RenderedAnnouncement {
  text: string;
  entities: MessageEntity[];
  reply_markup?: InlineKeyboard;
}

export const ackData = (announcementId: number) => annCallback("ack", announcementId);

export function ackKeyboard(t: Translate, announcementId: number, acknowledged: boolean): InlineKeyboard {
  return new InlineKeyboard().text(t(acknowledged ? "announcement-acked-button" : "announcement-ack-button"), ackData(announcementId));
}

export function renderAnnouncement(p: AnnouncementMessagePayload, t: Translate): RenderedAnnouncement {
  if (p.recalled) return { text: t("announcement-recalled-copy", { author: p.author }), entities: [] };
  const footer = [t("announcement-from", { author: p.author })];
  if (p.askAck && p.ackDeadline) footer.push(t("announcement-ack-until", { deadline: formatLocal(new Date(p.ackDeadline), p.timeZone) }));
  else if (p.askAck) footer.push(t("announcement-ack-asked"));
  if (p.editedAt) footer.push(t("announcement-edited", { at: formatLocal(new Date(p.editedAt), p.timeZone) }));
  return {
    text: `${p.text}\n\n${footer.join("\n")}`,
    entities: p.entities as MessageEntity[],
    ...(p.askAck ? { reply_markup: ackKeyboard(t, p.announcementId, p.acknowledged) } : {}),
  };
}
