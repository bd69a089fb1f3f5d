// /tasks and the menu entry: a head sees «Мои поручения»; staff see what waits for review, their tasks a page at
// a time, and their own assignments if they have any.
import { InlineKeyboard } from "grammy";
import { getAssignment } from "../../../domain/tasks/get-assignment.js";
import { getTask } from "../../../domain/tasks/get-task.js";
import { listMyAssignments } from "../../../domain/tasks/list-my-assignments.js";
import { listTasks } from "../../../domain/tasks/list-tasks.js";
import { isStaff } from "../../../domain/tasks/task-access.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { taskCallback } from "./task-callback.js";
import { assignmentButton, assignmentCard, deadlineText, STATE_MARK } from "./task-render.js";

export async function showTasks(ctx: BotContext): Promise<void> {
  if (isStaff(ctx.actor!)) return showStaffTasks(ctx, 0);
  return showMyTasks(ctx);
}

export async function showMyTasks(ctx: BotContext): Promise<void> {
  const mine = await listMyAssignments(ctx.deps.domain, ctx.actor!);
  if (mine.items.length === 0) {
    await ctx.reply(ctx.t(mine.accepted > 0 ? "task-my-all-done" : "task-my-empty", { accepted: mine.accepted }));
    return;
  }
  const keyboard = new InlineKeyboard();
  for (const a of mine.items) keyboard.text(assignmentButton(ctx.t, a), taskCallback("assignment", a.id)).row();
  const text = [
    ctx.t("task-my-title"),
    countsLine(ctx, (state) => mine.items.filter((a) => a.state === state).length),
    ctx.t("task-my-legend"),
  ].join("\n");
  await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
}

const MY_COUNTS = ["returned", "overdue", "open", "done"] as const;
const STAFF_COUNTS = ["open", "overdue", "done", "accepted"] as const;

/** «возвращено 1 · просрочено 2 · в работе 3»: only the states there are. */
function countsLine(ctx: BotContext, count: (state: string) => number, states: readonly string[] = MY_COUNTS): string {
  return states
    .filter((state) => count(state) > 0)
    .map((state) => ctx.t("task-count", { state: ctx.t(`task-state-${state}`), count: count(state) }))
    .join(" · ");
}

export async function showAssignment(ctx: BotContext, assignmentId: number): Promise<void> {
  const a = await getAssignment(ctx.deps.domain, ctx.actor!, { assignmentId });
  const keyboard = new InlineKeyboard();
  if (a.canClose) keyboard.text(ctx.t("task-button-close"), taskCallback("close", a.id)).row();
  if (a.canReview) keyboard.text(ctx.t("task-button-accept"), taskCallback("accept", a.id)).text(ctx.t("task-button-return"), taskCallback("return", a.id)).row();
  if (a.evidence.fileId && (a.state === "done" || a.state === "accepted")) keyboard.text(ctx.t("task-button-file"), taskCallback("file", a.id)).row();
  if (isStaff(ctx.actor!)) keyboard.text(ctx.t("task-button-task"), taskCallback("task", a.taskId, 0));
  else keyboard.text(ctx.t("task-button-my"), taskCallback("my"));
  await ctx.reply(assignmentCard(ctx.t, a), { parse_mode: "HTML", reply_markup: keyboard });
}

export async function sendEvidenceFile(ctx: BotContext, assignmentId: number): Promise<void> {
  const a = await getAssignment(ctx.deps.domain, ctx.actor!, { assignmentId });
  if (!a.evidence.fileId) return void (await ctx.reply(ctx.t("task-no-file")));
  await ctx.replyWithDocument(a.evidence.fileId, { caption: truncate(`${a.assignee}: ${a.title}`, 1000) });
}

export async function showStaffTasks(ctx: BotContext, page: number): Promise<void> {
  const overview = await listTasks(ctx.deps.domain, ctx.actor!, { page });
  const mine = await listMyAssignments(ctx.deps.domain, ctx.actor!);
  const keyboard = new InlineKeyboard();
  const lines = [ctx.t("task-staff-title")];
  if (overview.toReviewTotal > 0) {
    lines.push(ctx.t("task-staff-to-review", { count: overview.toReviewTotal }));
    for (const a of overview.toReview) keyboard.text(assignmentButton(ctx.t, a, true), taskCallback("assignment", a.id)).row();
  }
  if (mine.items.length > 0) {
    lines.push(ctx.t("task-staff-mine", { count: mine.items.length }));
    for (const a of mine.items.slice(0, 5)) keyboard.text(assignmentButton(ctx.t, a), taskCallback("assignment", a.id)).row();
  }
  if (overview.tasks.length === 0) lines.push(ctx.t("task-staff-empty"));
  else lines.push(ctx.t("task-staff-list", { page: overview.page + 1, pages: overview.pages }));
  overview.tasks.forEach((task, i) => {
    const due = deadlineText(ctx.t, { ...task, timeZone: overview.timeZone });
    lines.push(
      `${overview.page * 8 + i + 1}. ${escapeHtml(truncate(task.title, 120))} — ${due}\n   ` +
        countsLine(ctx, (state) => ({ open: task.open, overdue: task.overdue, done: task.done, accepted: task.accepted })[state] ?? 0, STAFF_COUNTS),
    );
    keyboard.text(`${overview.page * 8 + i + 1}`, taskCallback("task", task.id, 0));
    if (i % 4 === 3) keyboard.row();
  });
  keyboard.row();
  if (overview.page > 0) keyboard.text("◀️", taskCallback("list", overview.page - 1));
  if (overview.page < overview.pages - 1) keyboard.text("▶️", taskCallback("list", overview.page + 1));
  keyboard.row().text(ctx.t("task-button-meeting"), taskCallback("meeting"));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
}

export async function showTaskCard(ctx: BotContext, taskId: number, page: number): Promise<void> {
  const card = await getTask(ctx.deps.domain, ctx.actor!, { taskId, page });
  const lines = [
    `<b>${escapeHtml(truncate(card.title, 1500))}</b>`,
    ctx.t("task-card-deadline", { deadline: deadlineText(ctx.t, card) }),
    ctx.t("task-card-assignees", { count: card.total, page: card.page + 1, pages: card.pages }),
  ];
  const keyboard = new InlineKeyboard();
  for (const a of card.assignees) {
    const at = a.doneAt && a.state === "done" ? ` (${formatLocal(new Date(a.doneAt), a.timeZone)})` : "";
    lines.push(`${STATE_MARK[a.state]} ${escapeHtml(a.assignee)} — ${ctx.t(`task-state-${a.state}`)}${at}`);
    if (a.state === "done") keyboard.text(truncate(`🟡 ${a.assignee}`, 40), taskCallback("assignment", a.id)).row();
  }
  if (card.page > 0) keyboard.text("◀️", taskCallback("task", card.id, card.page - 1));
  if (card.page < card.pages - 1) keyboard.text("▶️", taskCallback("task", card.id, card.page + 1));
  keyboard.row().text(ctx.t("task-button-all"), taskCallback("list", 0));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
}
