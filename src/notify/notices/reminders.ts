// The merged deadline reminder: everything owed to one person at one moment, as one message listing it, with
// a button per item (the school's form, the task's card). Pure: all it needs is in the payload.
import { annCallback } from "../../bot/features/announcements/announcement-callback.js";
import { taskCallback } from "../../bot/features/tasks/task-callback.js";
import { InlineKeyboard } from "grammy";
import { REMINDERS_NOTICE, type ReminderNoticeItem, type RemindersPayload } from "../../domain/reminders/reminder-notice.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import { escapeHtml } from "../../bot/render/escape-html.js";
import { truncate } from "../../bot/render/truncate.js";
import { encodeCallback } from "../../bot/keyboards/callback-data.js";
import type { Translate } from "../../bot/i18n.js";
import type { OutgoingMessage } from "../outgoing-message.js";
import { defineNotice } from "./define-notice.js";

/** More than this are summed up in one line, so the message stays short on a phone and under 4096. */
const MAX_LISTED = 15;
const MAX_BUTTONS = 8;

export function renderReminders(p: RemindersPayload, t: Translate): OutgoingMessage {
  const listed = p.items.slice(0, MAX_LISTED);
  const lines = [t(p.items.length === 1 ? "reminder-title-one" : "reminder-title-many", { count: p.items.length }), ""];
  for (const item of listed) lines.push(itemLine(item, p.timeZone, t));
  if (p.items.length > listed.length) lines.push(t("reminder-more", { count: p.items.length - listed.length }));
  const keyboard = new InlineKeyboard();
  for (const item of p.items.slice(0, MAX_BUTTONS)) keyboard.text(buttonText(item), buttonData(item)).row();
  return { method: "sendMessage", text: lines.join("\n"), parse_mode: "HTML", reply_markup: keyboard };
}

function itemLine(item: ReminderNoticeItem, timeZone: string, t: Translate): string {
  const params = { title: escapeHtml(truncate(item.title, 120)), deadline: formatLocal(new Date(item.due), timeZone) };
  if (item.type === "announcement") return t(item.stage === "due" ? "announcement-reminder-due" : "announcement-reminder-soon", params);
  const what = item.type === "campaign" ? "form" : "task";
  const when = item.stage.startsWith("overdue") ? "overdue" : item.stage === "due" ? "due" : "soon";
  return t(`reminder-${what}-${when}`, params);
}

const ICONS: Record<ReminderNoticeItem["type"], string> = { campaign: "📝", task: "✅", announcement: "📢" };
const buttonText = (item: ReminderNoticeItem) => `${ICONS[item.type]} ${truncate(item.title, 40)}`;

// The form button of the campaigns feature; the tasks feature's assignment card ("task:assignment:<id>"); the
// announcement again, with its «Ознакомлен» button ("announcement:show:<id>").
const buttonData = (item: ReminderNoticeItem) =>
  item.type === "campaign"
    ? encodeCallback("form", item.id, item.schoolId ?? 0)
    : item.type === "task"
      ? taskCallback("assignment", item.id)
      : annCallback("show", item.id);

export const reminderNotices = [
  defineNotice<RemindersPayload>({ kind: REMINDERS_NOTICE, render: (p, r) => renderReminders(p, r.t) }),
];
