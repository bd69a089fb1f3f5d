// One question of a courses conversation: a message with the step's buttons and "Отмена", answered by a typed
// line, a press on that message, or a file. Presses on older messages get "outdated" (waitForInput-like).
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { BotContext } from "../../context.js";
import type { Translate } from "../../i18n.js";

export type Answer =
  | { kind: "text"; text: string }
  | { kind: "button"; data: string }
  | { kind: "file"; fileId: string; fileName: string; size: number | undefined }
  | { kind: "other" };

export type CoursesConversation = Conversation<BotContext, Context>;

export const CANCEL = "course:cancel";

export function createAsk(conversation: CoursesConversation, ctx: Context, t: Translate) {
  const cancelled = async (): Promise<never> => {
    await ctx.reply(t("course-cancelled"));
    return conversation.halt();
  };
  return async function ask(text: string, keyboard?: InlineKeyboard): Promise<Answer> {
    const markup = (keyboard ?? new InlineKeyboard()).row().text(t("course-cancel"), CANCEL);
    const live = (await ctx.reply(text, { parse_mode: "HTML", reply_markup: markup })).message_id;
    for (;;) {
      const next = await conversation.wait();
      const typed = next.message?.text?.trim();
      if (typed === "/cancel") return cancelled();
      if (typed?.startsWith("/")) {
        // Another command: leave and let it run.
        await ctx.reply(t("course-cancelled"));
        return conversation.halt({ next: true });
      }
      if (typed) return { kind: "text", text: typed };
      const data = next.callbackQuery?.data;
      if (data !== undefined) {
        if (next.callbackQuery?.message?.message_id !== live || !data.startsWith("course:")) {
          await next.answerCallbackQuery({ text: t("course-button-outdated") });
          continue;
        }
        await next.answerCallbackQuery();
        if (data === CANCEL) return cancelled();
        return { kind: "button", data };
      }
      const document = next.message?.document;
      if (document) return { kind: "file", fileId: document.file_id, fileName: document.file_name ?? "file", size: document.file_size };
      if (next.message) return { kind: "other" };
    }
  };
}

export type Ask = ReturnType<typeof createAsk>;
