// A head closes an assignment from the phone: one message of evidence (a comment, a file or photo, a link),
// then a confirmation. Nothing is stored until the press on «Отправить».
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { closeAssignment, type CloseAssignmentInput } from "../../../domain/tasks/close-assignment.js";
import { getAssignment } from "../../../domain/tasks/get-assignment.js";
import type { BotContext, BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { taskCallback } from "./task-callback.js";

export const CLOSE_TASK_CONVERSATION = "task-close";
export interface CloseTaskArgs {
  actor: Actor;
  assignmentId: number;
}

type Evidence = Omit<CloseAssignmentInput, "assignmentId">;
const URL_RE = /https?:\/\/[^\s<>"]+/i;

export function createCloseTaskConversation(deps: BotDeps, translate: (l: Language) => Translate) {
  return async function closeTask(conversation: Conversation<BotContext, Context>, ctx: Context, args: CloseTaskArgs): Promise<void> {
    const t = translate(args.actor.language);
    const found = await conversation.external(() => attempt(() => getAssignment(deps.domain, args.actor, { assignmentId: args.assignmentId })));
    if (!found.ok) return void (await ctx.reply(t(`error-${found.code}`, found.params)));
    const cancelKeyboard = new InlineKeyboard().text(t("task-cancel"), "task-close:cancel");
    let promptId = (await ctx.reply(t("task-close-ask", { title: escapeHtml(truncate(found.value.title, 100)) }), { parse_mode: "HTML", reply_markup: cancelKeyboard })).message_id;

    let evidence: Evidence | undefined;
    while (!evidence) {
      const next = await conversation.wait();
      const data = next.callbackQuery?.data;
      if (data !== undefined) {
        if (!data.startsWith("task-close:")) return leave(conversation, ctx, t);
        if (data === "task-close:cancel" && next.callbackQuery?.message?.message_id === promptId) {
          await next.answerCallbackQuery();
          return void (await ctx.reply(t("task-cancelled")));
        }
        await next.answerCallbackQuery({ text: t("form-button-outdated") });
        continue;
      }
      const message = next.message;
      if (!message) continue;
      if (message.text?.startsWith("/")) {
        await ctx.reply(t("task-cancelled"));
        return message.text.trim() === "/cancel" ? undefined : conversation.halt({ next: true });
      }
      evidence = readEvidence(message, t);
      if (!evidence) promptId = (await ctx.reply(t("task-close-evidence-expected"), { reply_markup: cancelKeyboard })).message_id;
    }

    const confirmKeyboard = new InlineKeyboard().text(t("task-close-send"), "task-close:send").text(t("task-cancel"), "task-close:cancel");
    const confirmId = (await ctx.reply(t("task-close-confirm", { evidence: describe(t, evidence) }), { parse_mode: "HTML", reply_markup: confirmKeyboard })).message_id;
    for (;;) {
      const next = await conversation.wait();
      const data = next.callbackQuery?.data;
      if (data === undefined) {
        if (next.message?.text?.startsWith("/")) return leave(conversation, ctx, t);
        if (next.message) await ctx.reply(t("task-close-press"));
        continue;
      }
      if (!data.startsWith("task-close:")) return leave(conversation, ctx, t);
      if (next.callbackQuery?.message?.message_id !== confirmId) {
        await next.answerCallbackQuery({ text: t("form-button-outdated") });
        continue;
      }
      await next.answerCallbackQuery();
      if (data !== "task-close:send") return void (await ctx.reply(t("task-cancelled")));
      break;
    }
    const closed = await conversation.external(() =>
      attempt(() => closeAssignment(deps.domain, args.actor, { assignmentId: args.assignmentId, ...evidence })),
    );
    if (!closed.ok) return void (await ctx.reply(t(`error-${closed.code}`, closed.params)));
    await conversation.external(() => deps.wake()); // the task's author hears of the report now
    await ctx.reply(t("task-close-done", { title: escapeHtml(truncate(closed.value.title, 100)) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(t("task-button-my"), taskCallback("my")),
    });
  };
}

/** A command or another screen's button: nothing is stored, and what was asked for runs. */
async function leave(conversation: Conversation<BotContext, Context>, ctx: Context, t: Translate): Promise<never> {
  await ctx.reply(t("task-cancelled"));
  return conversation.halt({ next: true });
}

type IncomingMessage = NonNullable<Context["message"]>;

/** A comment (with a link in it, if any), a document, or a photo (the largest size); captions are comments. */
function readEvidence(message: IncomingMessage, t: Translate): Evidence | undefined {
  const comment = (message.text ?? message.caption ?? "").trim();
  const url = URL_RE.exec(comment)?.[0];
  const withText = {
    ...(comment && comment !== url ? { comment: truncate(comment, 3000) } : {}),
    ...(url ? { url } : {}),
  };
  if (message.document) return { ...withText, fileId: message.document.file_id, fileName: message.document.file_name ?? t("task-file") };
  const photo = message.photo?.at(-1);
  if (photo) return { ...withText, fileId: photo.file_id, fileName: t("task-photo") };
  return comment ? withText : undefined;
}

function describe(t: Translate, e: Evidence): string {
  const parts: string[] = [];
  if (e.comment) parts.push(`💬 ${escapeHtml(truncate(e.comment, 1000))}`);
  if (e.url) parts.push(`🔗 ${escapeHtml(e.url)}`);
  if (e.fileId) parts.push(`📎 ${escapeHtml(e.fileName ?? t("task-file"))}`);
  return parts.join("\n");
}
