// A wizard's one way to ask (the announcement and meeting wizards): a prompt with «Отмена», then the person's
// message or a press on the prompt itself. Presses on older prompts get "outdated"; /cancel ends the wizard;
// another command or another screen's button (the main menu, a list) leaves it and runs, as a command would.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";

export interface AskWithCancelOptions<R> {
  /** The wizard's callback prefix; `${prefix}cancel` is its cancel button. */
  prefix: string;
  /** Prefixes of other buttons that belong to the wizard (a shared picker it shows). */
  alsoOwn?: readonly string[];
  /** Locale keys: the cancel button, and what is said when the wizard ends unfinished. */
  cancelLabel: string;
  cancelled: string;
  /** The answer a message gives, or the locale key of what to say when it is none (the prompt then waits on). */
  read(message: Message): R | { notAnswer: string };
}

export type AskFn<R> = (text: string, keyboard?: InlineKeyboard, options?: { edit?: boolean }) => Promise<R>;

export function askWithCancel<R extends { data?: string }>(
  conversation: Conversation<BotContext, Context>,
  ctx: Context,
  t: Translate,
  options: AskWithCancelOptions<R>,
): AskFn<R> {
  const { prefix, cancelled } = options;
  const own = [prefix, ...(options.alsoOwn ?? [])];
  let promptId = 0;
  const leave = async (next: boolean): Promise<never> => {
    await ctx.reply(t(cancelled));
    return next ? conversation.halt({ next: true }) : conversation.halt();
  };
  return async (text, keyboard, { edit = false } = {}) => {
    const markup = (keyboard ?? new InlineKeyboard()).row().text(t(options.cancelLabel), `${prefix}cancel`);
    if (edit && promptId) await ctx.api.editMessageText(ctx.chat!.id, promptId, text, { parse_mode: "HTML", reply_markup: markup });
    else promptId = (await ctx.reply(text, { parse_mode: "HTML", reply_markup: markup })).message_id;
    for (;;) {
      const next = await conversation.wait();
      const query = next.callbackQuery;
      const data = query?.data;
      if (query && data !== undefined) {
        if (!own.some((p) => data.startsWith(p))) return leave(true);
        if (query.message?.message_id !== promptId) {
          await next.answerCallbackQuery({ text: t("form-button-outdated") });
          continue;
        }
        await next.answerCallbackQuery();
        return data === `${prefix}cancel` ? leave(false) : ({ data } as R);
      }
      const message = next.message;
      if (!message) continue;
      const typed = message.text?.trim();
      if (typed?.startsWith("/")) return leave(typed !== "/cancel");
      const answer = options.read(message);
      if (!("notAnswer" in answer)) return answer;
      await ctx.reply(t(answer.notAnswer));
    }
  };
}
