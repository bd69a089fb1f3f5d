// Every notice kind the dispatcher can render. A feature adds `src/notify/notices/<feature>.ts` and one line here.
import { announcementNotices } from "./announcements.js";
import { campaignNotices } from "./campaigns.js";
import { courseNotices } from "./courses.js";
import { taskNotices } from "./tasks.js";
import type { NoticeDefinition } from "./define-notice.js";
import { digestNotices } from "./digest.js";
import { reminderNotices } from "./reminders.js";

export { defineNotice, type NoticeDefinition, type NoticeRecipient } from "./define-notice.js";

export const NOTICES: readonly NoticeDefinition[] = [...campaignNotices, ...taskNotices, ...courseNotices, ...reminderNotices, ...digestNotices, ...announcementNotices];

const byKind = new Map(NOTICES.map((n) => [n.kind, n]));

export function findNotice(kind: string): NoticeDefinition | undefined {
  return byKind.get(kind);
}
