// What both forms wait for: a typed line, a command, or a press on the form's LATEST message. Presses on the
// form's older messages (scrolled-up questions, replayed callbacks) are answered "outdated" and waited past.
// A button of another screen (the main menu, a list, a language choice) is treated like a command: the person
// asked for something else, so the conversation leaves and the press runs.
import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";
import { cleanText } from "../../domain/text/clean-text.js";

// "command": a /command, or a press on another screen's button (text is then its callback data); the caller
// leaves with conversation.halt({ next: true }) so the command or the button does what it says.
// "other": a photo, a document, a sticker — not an answer; the caller says so and asks again.
export type Input =
  | { kind: "text"; text: string; messageId?: number }
  // Only with live.edits: the person edited a message they had sent (the form decides what it means).
  | { kind: "edited"; text: string; messageId: number }
  | { kind: "button"; data: string }
  | { kind: "command"; text: string }
  | { kind: "other" };

export async function waitForInput(
  conversation: Conversation<BotContext, Context>,
  live: { messageId: number; prefix: string; ownerId?: number; edits?: boolean },
  t: Translate,
): Promise<Input> {
  for (;;) {
    const next = await conversation.wait();
    // A form belongs to one person: anyone else's message or press is not an answer (a group, a forwarded bot).
    if (live.ownerId !== undefined && next.from?.id !== live.ownerId) {
      if (next.callbackQuery) await next.answerCallbackQuery({ text: t("form-not-yours") });
      continue;
    }
    if (live.edits && next.editedMessage) {
      return { kind: "edited", text: cleanText(next.editedMessage.text ?? ""), messageId: next.editedMessage.message_id };
    }
    // NUL and control characters never reach the domain; a message of only invisible characters is no answer.
    const text = next.message?.text === undefined ? undefined : cleanText(next.message.text);
    if (text) return text.startsWith("/") ? { kind: "command", text } : { kind: "text", text, messageId: next.message!.message_id };
    const data = next.callbackQuery?.data;
    if (data !== undefined) {
      // Not answered here: the handler downstream answers the press it runs.
      if (!data.startsWith(live.prefix)) return { kind: "command", text: data };
      if (next.callbackQuery?.message?.message_id !== live.messageId) {
        await next.answerCallbackQuery({ text: t("form-button-outdated") });
        continue;
      }
      await next.answerCallbackQuery();
      return { kind: "button", data };
    }
    if (next.message) return { kind: "other" };
  }
}
