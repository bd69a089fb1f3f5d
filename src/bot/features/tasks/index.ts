// Tasks (поручения): meetings and their decisions recorded by staff; heads see «Мои поручения» and close them
// with evidence; staff accept or return. Every press is checked again by the domain.
import { Composer } from "grammy";
import { requireRole } from "../../../domain/actor.js";
import { acceptAssignment } from "../../../domain/tasks/review-assignment.js";
import { getAssignment } from "../../../domain/tasks/get-assignment.js";
import { DomainError } from "../../../domain/errors.js";
import type { BotContext } from "../../context.js";
import type { BotFeature } from "../feature.js";
import { CLOSE_TASK_CONVERSATION, createCloseTaskConversation, type CloseTaskArgs } from "./close-task-conversation.js";
import { createMeetingConversation, MEETING_CONVERSATION } from "./meeting-conversation.js";
import { createReturnTaskConversation, RETURN_TASK_CONVERSATION, type ReturnTaskArgs } from "./return-task-conversation.js";
import { sendEvidenceFile, showAssignment, showMyTasks, showStaffTasks, showTaskCard, showTasks } from "./show-tasks.js";
import { decodeTaskCallback, type TaskAction } from "./task-callback.js";

const STAFF = ["OFFICIAL", "METHODOLOGIST"] as const;

/** /meeting and the staff screen's button; a half-done wizard is dropped (nothing of it was stored). */
export async function startMeeting(ctx: BotContext): Promise<void> {
  requireRole(ctx.actor!, ...STAFF);
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(MEETING_CONVERSATION, ctx.actor);
}

async function startClose(ctx: BotContext, assignmentId: number): Promise<void> {
  const a = await getAssignment(ctx.deps.domain, ctx.actor!, { assignmentId });
  if (!a.canClose) throw new DomainError(a.state === "open" || a.state === "overdue" || a.state === "returned" ? "forbidden" : "task-not-open");
  await ctx.conversation.exitAll();
  const args: CloseTaskArgs = { actor: ctx.actor!, assignmentId };
  await ctx.conversation.enter(CLOSE_TASK_CONVERSATION, args);
}

async function startReturn(ctx: BotContext, assignmentId: number): Promise<void> {
  const a = await getAssignment(ctx.deps.domain, ctx.actor!, { assignmentId });
  if (!a.canReview) throw new DomainError(a.state === "done" ? "forbidden" : "task-not-done");
  await ctx.conversation.exitAll();
  const args: ReturnTaskArgs = { actor: ctx.actor!, assignmentId };
  await ctx.conversation.enter(RETURN_TASK_CONVERSATION, args);
}

async function accept(ctx: BotContext, assignmentId: number): Promise<void> {
  const a = await acceptAssignment(ctx.deps.domain, ctx.actor!, { assignmentId });
  ctx.deps.wake();
  await ctx.reply(ctx.t("task-accepted-done", { assignee: a.assignee }));
}

const actions: Record<TaskAction, (ctx: BotContext, ids: number[]) => Promise<void>> = {
  my: (ctx) => showMyTasks(ctx),
  assignment: (ctx, [id]) => showAssignment(ctx, id!),
  close: (ctx, [id]) => startClose(ctx, id!),
  accept: (ctx, [id]) => accept(ctx, id!),
  return: (ctx, [id]) => startReturn(ctx, id!),
  file: (ctx, [id]) => sendEvidenceFile(ctx, id!),
  list: (ctx, [page]) => showStaffTasks(ctx, page!),
  task: (ctx, [taskId, page]) => showTaskCard(ctx, taskId!, page!),
  meeting: (ctx) => startMeeting(ctx),
};

const composer = new Composer<BotContext>();
composer.command("tasks", showTasks);
composer.command("meeting", startMeeting);
composer.callbackQuery(/^task:/, async (ctx) => {
  const decoded = decodeTaskCallback(ctx.callbackQuery.data);
  if (!decoded) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  // The domain checks access before anything is answered, so a forged id gets the refusal as the alert.
  await actions[decoded.action](ctx, decoded.ids);
  await ctx.answerCallbackQuery().catch(() => undefined);
});

export const tasksFeature: BotFeature = {
  name: "tasks",
  composer,
  menu: [
    { label: "task-menu-head", roles: ["HEAD"], order: 30, run: showTasks },
    { label: "task-menu-staff", roles: STAFF, order: 30, run: showTasks },
  ],
  commands: [
    { command: "tasks", roles: ["HEAD", ...STAFF], order: 30 },
    { command: "meeting", roles: STAFF, order: 35 },
  ],
  conversations: [
    { id: MEETING_CONVERSATION, build: createMeetingConversation },
    { id: CLOSE_TASK_CONVERSATION, build: createCloseTaskConversation },
    { id: RETURN_TASK_CONVERSATION, build: createReturnTaskConversation },
  ],
};
