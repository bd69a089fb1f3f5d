// The meeting wizard's one way to ask: a prompt with a «Отмена» button, then a typed line, a document, or a
// press on the prompt itself. Its older buttons get "outdated"; /cancel ends the wizard; another command or
// another screen's button leaves it and runs.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { BotContext } from "../../context.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";

export const M = "task:m:";

export interface Reply {
  text?: string;
  data?: string;
  document?: { fileId: string; fileName?: string; mimeType?: string; size?: number };
}

export type Ask = (text: string, keyboard?: InlineKeyboard, options?: { edit?: boolean }) => Promise<Reply>;

export function meetingAsk(conversation: Conversation<BotContext, Context>, ctx: Context, t: Translate): Ask {
  let promptId = 0;
  const cancel = async (): Promise<never> => {
    await ctx.reply(t("task-meeting-cancelled"));
    return conversation.halt();
  };
  return async (text, keyboard, options = {}) => {
    const markup = (keyboard ?? new InlineKeyboard()).row().text(t("task-cancel"), `${M}cancel`);
    if (options.edit && promptId) await ctx.api.editMessageText(ctx.chat!.id, promptId, text, { parse_mode: "HTML", reply_markup: markup });
    else promptId = (await ctx.reply(text, { parse_mode: "HTML", reply_markup: markup })).message_id;
    for (;;) {
      const next = await conversation.wait();
      const query = next.callbackQuery;
      if (query?.data !== undefined) {
        // Another screen's button (the main menu, a list) is like a command: leave, and let it run.
        if (!query.data.startsWith(M)) {
          await ctx.reply(t("task-meeting-cancelled"));
          return conversation.halt({ next: true });
        }
        if (query.message?.message_id !== promptId) {
          await next.answerCallbackQuery({ text: t("form-button-outdated") });
          continue;
        }
        await next.answerCallbackQuery();
        return query.data === `${M}cancel` ? cancel() : { data: query.data };
      }
      const message = next.message;
      if (!message) continue;
      const typed = message.text?.trim();
      if (typed?.startsWith("/")) {
        if (typed === "/cancel") return cancel();
        await ctx.reply(t("task-meeting-cancelled"));
        return conversation.halt({ next: true });
      }
      if (typed) return { text: typed };
      if (message.document) {
        const d = message.document;
        return { document: { fileId: d.file_id, fileName: d.file_name, mimeType: d.mime_type, size: d.file_size } };
      }
      await ctx.reply(t("task-meeting-text-expected"));
    }
  };
}

/** Toggle buttons over a numbered list; «Готово» once something is chosen. Typed numbers toggle too. */
export async function pickMany(ask: Ask, t: Translate, choices: { id: number; label: string }[], heading: string): Promise<number[]> {
  const chosen = new Set<number>();
  let redraw = false;
  for (;;) {
    const list = choices.map((c, i) => `${chosen.has(c.id) ? "✅" : "▫️"} ${i + 1}. ${escapeHtml(c.label)}`).join("\n");
    const keyboard = new InlineKeyboard();
    choices.forEach((c, i) => {
      keyboard.text(`${chosen.has(c.id) ? "✅" : ""}${i + 1}`, `${M}pick:${i}`);
      if (i % 6 === 5) keyboard.row();
    });
    if (chosen.size > 0) keyboard.row().text(t("task-pick-done", { count: chosen.size }), `${M}done`);
    const reply = await ask(`${heading}\n\n${list}`, keyboard, { edit: redraw });
    redraw = reply.data !== undefined;
    if (reply.data === `${M}done` && chosen.size > 0) return choices.filter((c) => chosen.has(c.id)).map((c) => c.id);
    const picks = reply.data?.startsWith(`${M}pick:`) ? [Number(reply.data.slice(M.length + 5)) + 1] : (reply.text?.match(/\d+/g) ?? []).map(Number);
    for (const n of picks) {
      const choice = choices[n - 1];
      if (!choice) continue;
      if (chosen.has(choice.id)) chosen.delete(choice.id);
      else chosen.add(choice.id);
    }
  }
}
