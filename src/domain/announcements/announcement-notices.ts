// What the announcements feature writes to the outbox: the kinds, their payloads (rendered in
// src/notify/notices/announcements.ts) and the dedupe keys. The original copy's key "ann:<id>:<person>" is how
// the card finds each recipient's delivery, and how edits and deletes find the message to change.
import type { MessageEntity } from "./announcement-input.js";

export const ANNOUNCEMENT_MESSAGE = "announcement.message";
export const ANNOUNCEMENT_FILE = "announcement.file";
export const ANNOUNCEMENT_EDIT = "announcement.edit";
export const ANNOUNCEMENT_DELETE = "announcement.delete";
export const ANNOUNCEMENT_REMIND = "announcement.remind";

export interface AnnouncementAttachment {
  kind: "document" | "photo";
  fileId: string;
  fileName?: string;
}

/** The text copy (and, for an edit, its new state): what the recipient sees. */
export interface AnnouncementMessagePayload {
  announcementId: number;
  text: string;
  entities: MessageEntity[];
  author: string;
  askAck: boolean;
  /** ISO */
  ackDeadline: string | null;
  timeZone: string;
  /** ISO of the latest correction, when corrected */
  editedAt: string | null;
  /** the recipient had already pressed «Ознакомлен» when the edit was written (keeps «✅») */
  acknowledged: boolean;
  /** a copy too old to delete is edited to say it was recalled */
  recalled?: boolean;
}

export interface AnnouncementEditPayload extends AnnouncementMessagePayload {
  /** the dedupe key of the copy to change */
  of: string;
}

export interface AnnouncementFilePayload extends AnnouncementAttachment {
  announcementId: number;
}

export interface AnnouncementDeletePayload {
  of: string;
}

export interface AnnouncementRemindPayload {
  announcementId: number;
  excerpt: string;
  ackDeadline: string | null;
  timeZone: string;
}

export const copyKey = (announcementId: number, personId: number) => `ann:${announcementId}:${personId}`;
export const fileKey = (announcementId: number, personId: number, index: number) => `ann:${announcementId}:${personId}:f${index}`;

/** Outbox rows of announcements stay (for the card and the history) this long; other notices 30 days. */
export const KEEP_ANNOUNCEMENT_MS = 400 * 24 * 3600_000;

/** The first line, shortened: how lists and reminders name an announcement. */
export function excerptOf(text: string, max = 80): string {
  const line = text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : line;
}
