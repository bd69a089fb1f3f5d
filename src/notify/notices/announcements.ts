// Announcement notices: each recipient's copy (text with the sender's entities and the «Ознакомлен» button),
// each attachment by its Telegram file_id, a correction or a recall of a delivered copy (the dispatcher finds
// the chat and message by the original row's key), and the reminder to acknowledge.
import { annCallback } from "../../bot/features/announcements/announcement-callback.js";
import { InlineKeyboard } from "grammy";
import {
  ANNOUNCEMENT_DELETE,
  ANNOUNCEMENT_EDIT,
  ANNOUNCEMENT_FILE,
  ANNOUNCEMENT_MESSAGE,
  ANNOUNCEMENT_REMIND,
  type AnnouncementDeletePayload,
  type AnnouncementEditPayload,
  type AnnouncementFilePayload,
  type AnnouncementMessagePayload,
  type AnnouncementRemindPayload,
} from "../../domain/announcements/announcement-notices.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import { renderAnnouncement } from "../../bot/features/announcements/announcement-message.js";
import { escapeHtml } from "../../bot/render/escape-html.js";
import type { OutgoingMessage } from "../outgoing-message.js";
import { defineNotice } from "./define-notice.js";

function renderFile(p: AnnouncementFilePayload): OutgoingMessage {
  return p.kind === "photo" ? { method: "sendPhoto", photo: p.fileId } : { method: "sendDocument", document: p.fileId };
}

export const announcementNotices = [
  defineNotice<AnnouncementMessagePayload>({
    kind: ANNOUNCEMENT_MESSAGE,
    render: (p, r) => ({ method: "sendMessage", ...renderAnnouncement(p, r.t) }),
  }),
  defineNotice<AnnouncementFilePayload>({ kind: ANNOUNCEMENT_FILE, render: renderFile }),
  defineNotice<AnnouncementEditPayload>({
    kind: ANNOUNCEMENT_EDIT,
    render: (p, r) => ({ method: "editMessageText", of: p.of, ...renderAnnouncement(p, r.t) }),
  }),
  defineNotice<AnnouncementDeletePayload>({ kind: ANNOUNCEMENT_DELETE, render: (p) => ({ method: "deleteMessage", of: p.of }) }),
  defineNotice<AnnouncementRemindPayload>({
    kind: ANNOUNCEMENT_REMIND,
    render: (p, r) => ({
      method: "sendMessage",
      text: r.t(p.ackDeadline ? "announcement-remind-until" : "announcement-remind", {
        excerpt: escapeHtml(p.excerpt),
        deadline: p.ackDeadline ? formatLocal(new Date(p.ackDeadline), p.timeZone) : "",
      }),
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(r.t("announcement-open-button"), annCallback("show", p.announcementId)),
    }),
  }),
];
