// What both forms wait for: a typed line, a command, or a press on the form's LATEST message. Presses on older
// messages (scrolled-up questions, replayed callbacks) are answered "outdated" and waited past.
import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";

// "other": a photo, a document, a sticker — not an answer; the caller says so and asks again.
export type Input =
  | { kind: "text"; text: string }
  | { kind: "button"; data: string }
  | { kind: "command"; text: string }
  | { kind: "other" };

export async function waitForInput(
  conversation: Conversation<BotContext, Context>,
  live: { messageId: number; prefix: string },
  t: Translate,
): Promise<Input> {
  for (;;) {
    const next = await conversation.wait();
    const text = next.message?.text?.trim();
    if (text) return text.startsWith("/") ? { kind: "command", text } : { kind: "text", text };
    const data = next.callbackQuery?.data;
    if (data !== undefined) {
      if (next.callbackQuery?.message?.message_id !== live.messageId || !data.startsWith(live.prefix)) {
        await next.answerCallbackQuery({ text: t("form-button-outdated") });
        continue;
      }
      await next.answerCallbackQuery();
      return { kind: "button", data };
    }
    if (next.message) return { kind: "other" };
  }
}
