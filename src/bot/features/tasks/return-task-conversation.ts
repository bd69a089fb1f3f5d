// Staff return a school's report with a reason; the school's heads are told through the outbox.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { getAssignment } from "../../../domain/tasks/get-assignment.js";
import { returnAssignment } from "../../../domain/tasks/review-assignment.js";
import type { BotContext, BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { taskCallback } from "./task-callback.js";

export const RETURN_TASK_CONVERSATION = "task-return";
export interface ReturnTaskArgs {
  actor: Actor;
  assignmentId: number;
}

export function createReturnTaskConversation(deps: BotDeps, translate: (l: Language) => Translate) {
  return async function returnTask(conversation: Conversation<BotContext, Context>, ctx: Context, args: ReturnTaskArgs): Promise<void> {
    const t = translate(args.actor.language);
    const found = await conversation.external(() => attempt(() => getAssignment(deps.domain, args.actor, { assignmentId: args.assignmentId })));
    if (!found.ok) return void (await ctx.reply(t(`error-${found.code}`, found.params)));
    const a = found.value;
    const promptId = (
      await ctx.reply(t("task-return-ask", { assignee: escapeHtml(a.assignee), title: escapeHtml(truncate(a.title, 100)) }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(t("task-cancel"), "task-return:cancel"),
      })
    ).message_id;
    let reason = "";
    while (reason.length < 2) {
      const next = await conversation.wait();
      if (next.callbackQuery) {
        if (!next.callbackQuery.data?.startsWith("task-return:")) {
          await ctx.reply(t("task-cancelled"));
          return conversation.halt({ next: true });
        }
        const ours = next.callbackQuery.message?.message_id === promptId && next.callbackQuery.data === "task-return:cancel";
        await next.answerCallbackQuery(ours ? {} : { text: t("form-button-outdated") });
        if (ours) return void (await ctx.reply(t("task-cancelled")));
        continue;
      }
      const text = next.message?.text?.trim();
      if (text?.startsWith("/")) {
        await ctx.reply(t("task-cancelled"));
        return text === "/cancel" ? undefined : conversation.halt({ next: true });
      }
      if (next.message) {
        reason = text ?? "";
        if (reason.length < 2) await ctx.reply(t("task-return-reason-expected"));
      }
    }
    const returned = await conversation.external(() => attempt(() => returnAssignment(deps.domain, args.actor, { assignmentId: a.id, reason })));
    if (!returned.ok) return void (await ctx.reply(t(`error-${returned.code}`, returned.params)));
    await conversation.external(() => deps.wake()); // the school's heads hear the reason now
    await ctx.reply(t("task-returned-done", { assignee: escapeHtml(a.assignee) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(t("task-button-task"), taskCallback("task", a.taskId, 0)),
    });
  };
}
