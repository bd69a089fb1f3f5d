// Task notices: new tasks from a meeting, a report to review, a report returned (with the reason) or accepted.
// Each has buttons to the assignment's card ("task:assignment:<id>"), where the person acts.
import { taskCallback } from "../../bot/features/tasks/task-callback.js";
import { InlineKeyboard } from "grammy";
import type { Translate } from "../../bot/i18n.js";
import { escapeHtml } from "../../bot/render/escape-html.js";
import { truncate } from "../../bot/render/truncate.js";
import {
  TASK_ACCEPTED,
  TASK_ASSIGNED,
  TASK_DONE,
  TASK_RETURNED,
  type TaskAssignedPayload,
  type TaskEventPayload,
} from "../../domain/tasks/task-notice-kinds.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import type { OutgoingMessage } from "../outgoing-message.js";
import { defineNotice } from "./define-notice.js";

const MAX_LISTED = 10;
const MAX_BUTTONS = 8;
const card = (assignmentId: number) => taskCallback("assignment", assignmentId);

function renderAssigned(p: TaskAssignedPayload, t: Translate): OutgoingMessage {
  const [y, m, d] = p.heldOn.split("-");
  const lines = [
    t("task-notice-assigned", { number: p.meetingNumber ?? "—", date: `${d}.${m}.${y}`, title: escapeHtml(truncate(p.meetingTitle, 200)), count: p.items.length }),
    "",
  ];
  p.items.slice(0, MAX_LISTED).forEach((item, i) => {
    const due = item.due ? formatLocal(new Date(item.due), p.timeZone, false) : t("task-standing");
    lines.push(`${i + 1}. ${escapeHtml(truncate(item.title, 150))} — ${due}`);
  });
  if (p.items.length > MAX_LISTED) lines.push(t("task-notice-more", { count: p.items.length - MAX_LISTED }));
  const keyboard = new InlineKeyboard();
  p.items.slice(0, MAX_BUTTONS).forEach((item, i) => keyboard.text(truncate(`${i + 1}. ${item.title}`, 40), card(item.assignmentId)).row());
  keyboard.text(t("task-button-my"), taskCallback("my"));
  return { method: "sendMessage", text: lines.join("\n"), parse_mode: "HTML", reply_markup: keyboard };
}

const renderEvent = (key: string, button: string) => (p: TaskEventPayload, t: Translate): OutgoingMessage => ({
  method: "sendMessage",
  text: t(key, {
    title: escapeHtml(truncate(p.title, 120)),
    assignee: escapeHtml(p.assignee),
    reason: escapeHtml(truncate(p.reason ?? "", 1000)),
  }),
  parse_mode: "HTML",
  reply_markup: new InlineKeyboard().text(t(button), card(p.assignmentId)),
});

export const taskNotices = [
  defineNotice<TaskAssignedPayload>({ kind: TASK_ASSIGNED, render: (p, r) => renderAssigned(p, r.t) }),
  defineNotice<TaskEventPayload>({ kind: TASK_DONE, render: (p, r) => renderEvent("task-notice-done", "task-notice-open-report")(p, r.t) }),
  defineNotice<TaskEventPayload>({ kind: TASK_RETURNED, render: (p, r) => renderEvent("task-notice-returned", "task-notice-open-task")(p, r.t) }),
  defineNotice<TaskEventPayload>({ kind: TASK_ACCEPTED, render: (p, r) => renderEvent("task-notice-accepted", "task-notice-open-task")(p, r.t) }),
];
