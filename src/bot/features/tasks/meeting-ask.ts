// The meeting wizard's prompts: a typed line, a document (the protocol), or a press on the prompt; anything
// else is asked again. The asking itself is the shared askWithCancel.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext } from "../../context.js";
import { askWithCancel, type AskFn } from "../../conversations/ask-with-cancel.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";

export const M = "task-meeting:";

export interface Reply {
  text?: string;
  data?: string;
  document?: { fileId: string; fileName?: string; mimeType?: string; size?: number };
}

export type Ask = AskFn<Reply>;

export function meetingAsk(conversation: Conversation<BotContext, Context>, ctx: Context, t: Translate): Ask {
  return askWithCancel<Reply>(conversation, ctx, t, { prefix: M, cancelLabel: "task-cancel", cancelled: "task-meeting-cancelled", read: readMessage });
}

function readMessage(message: Message): Reply | { notAnswer: string } {
  const typed = message.text?.trim();
  if (typed) return { text: typed };
  const d = message.document;
  if (d) return { document: { fileId: d.file_id, fileName: d.file_name, mimeType: d.mime_type, size: d.file_size } };
  return { notAnswer: "task-meeting-text-expected" };
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
