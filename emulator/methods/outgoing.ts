import type { Message } from "grammy/types";
import { badRequest } from "../api-error.js";
import type { EmulatedBotApi } from "../bot-api.js";
import type { ChatState, StoredMessage } from "../chat-store.js";
import { unixTime } from "../clock.js";
import type { StoredFile } from "../file-store.js";
import { formatText } from "../formatting.js";
import type { FormattedText } from "../formatted-text.js";
import { viewOf } from "../message-view.js";
import { parseReplyMarkup, type ReplyMarkup } from "../reply-markup.js";
import { isRecord, type Params } from "../request-params.js";
import { requireWellFormed } from "../validity.js";

const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;

/** The content fields of a message the bot sends (text, or a file and caption). */
export type MessageContent = Partial<Pick<Message, "text" | "entities" | "document" | "photo" | "caption" | "caption_entities">>;

/** The `text` parameter of sendMessage / editMessageText, parsed and checked. */
export function messageText(params: Params): FormattedText {
  requireWellFormed(params.string("text") ?? "", "text");
  const formatted = formatText(params.string("text") ?? "", params.string("parse_mode"), params.json("entities"));
  if (formatted.text === "") throw badRequest("message text is empty");
  if (formatted.text.length > MAX_TEXT_LENGTH) throw badRequest("message is too long");
  return formatted;
}

export function textContent({ text, entities }: FormattedText): MessageContent {
  return { text, ...(entities.length > 0 ? { entities } : {}) };
}

/** The optional `caption` of a file message, parsed and checked. */
export function captionContent(params: Params): MessageContent {
  requireWellFormed(params.string("caption") ?? "", "caption");
  const { text, entities } = formatText(params.string("caption") ?? "", params.string("parse_mode"), params.json("caption_entities"));
  if (text.length > MAX_CAPTION_LENGTH) throw badRequest("message caption is too long");
  if (text === "") return {};
  return { caption: text, ...(entities.length > 0 ? { caption_entities: entities } : {}) };
}

/**
 * Stores a message from the bot in a chat and tells event listeners: the
 * common tail of every send method. Refuses like Telegram when the user
 * blocked the bot or never started it.
 */
export function sendBotMessage(
  api: EmulatedBotApi,
  chat: ChatState,
  params: Params,
  content: MessageContent,
  file?: StoredFile,
): Message {
  const markup = parseReplyMarkup(params.json("reply_markup"));
  const replyTo = replyTarget(chat, params.json("reply_parameters"));
  chat.assertWritable();
  const stored = chat.add(
    "bot",
    (messageId): Message => ({
      message_id: messageId,
      date: unixTime(),
      chat: chat.chat,
      from: api.botUser,
      ...content,
      ...(replyTo ? { reply_to_message: { ...replyTo.message, reply_to_message: undefined } } : {}),
      ...(markup && "inline_keyboard" in markup ? { reply_markup: markup } : {}),
    }),
    { file, markup },
  );
  trackReplyKeyboard(chat, markup);
  emitSent(api, chat, stored);
  return stored.message;
}

function replyTarget(chat: ChatState, parameters: unknown): StoredMessage | undefined {
  if (parameters === undefined) return undefined;
  if (!isRecord(parameters) || typeof parameters.message_id !== "number") {
    throw badRequest("can't parse reply parameters JSON object");
  }
  const target = chat.find(parameters.message_id);
  if (!target && parameters.allow_sending_without_reply !== true) {
    throw badRequest("message to be replied not found");
  }
  return target;
}

/** A custom keyboard stays under the input field until removed or replaced. */
function trackReplyKeyboard(chat: ChatState, markup: ReplyMarkup | undefined): void {
  if (markup && "keyboard" in markup) chat.replyKeyboard = markup;
  if (markup && "remove_keyboard" in markup) chat.replyKeyboard = undefined;
}

function emitSent(api: EmulatedBotApi, chat: ChatState, stored: StoredMessage): void {
  const view = viewOf(stored);
  const where = { chatId: chat.id, chatTitle: chat.title, messageId: view.messageId };
  const attachment = view.document ?? view.photo;
  if (attachment) {
    api.events.emit({
      type: "bot-document",
      ...where,
      kind: view.photo ? "photo" : "document",
      filename: attachment.filename,
      size: attachment.size,
      mimeType: attachment.mimeType,
      caption: view.text,
      buttons: view.buttons,
    });
    return;
  }
  api.events.emit({
    type: "bot-message",
    ...where,
    text: view.text,
    buttons: view.buttons,
    ...(view.replyKeyboard ? { replyKeyboard: view.replyKeyboard } : {}),
    ...(view.removesKeyboard ? { removeKeyboard: true } : {}),
  });
}
