import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { badRequest } from "../api-error.js";
import type { EmulatedBotApi } from "../bot-api.js";
import type { ChatState, StoredMessage } from "../chat-store.js";
import { unixTime } from "../clock.js";
import { buttonTexts, parseInlineMarkup } from "../reply-markup.js";
import type { Params } from "../request-params.js";
import { targetChat, type MethodTable } from "./method.js";
import { messageText, sendBotMessage, textContent, type MessageContent } from "./outgoing.js";

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

export const messageMethods: MethodTable = {
  sendMessage(api, params) {
    const chat = targetChat(api, params);
    return sendBotMessage(api, chat, params, textContent(messageText(params)));
  },

  editMessageText(api, params) {
    const { chat, stored } = editableMessage(api, params);
    if (stored.message.text === undefined) throw badRequest("there is no text in the message to edit");
    const content = textContent(messageText(params));
    // Like Telegram: an edit without reply_markup removes the inline keyboard.
    const markup = parseInlineMarkup(params.json("reply_markup"));
    const unchanged =
      content.text === stored.message.text &&
      sameJson(content.entities, stored.message.entities) &&
      sameJson(markup, stored.message.reply_markup);
    if (unchanged) throw badRequest(NOT_MODIFIED);
    return applyEdit(api, chat, stored, markup, content);
  },

  editMessageReplyMarkup(api, params) {
    const { chat, stored } = editableMessage(api, params);
    const markup = parseInlineMarkup(params.json("reply_markup"));
    if (sameJson(markup, stored.message.reply_markup)) throw badRequest(NOT_MODIFIED);
    return applyEdit(api, chat, stored, markup);
  },

  deleteMessage(api, params) {
    const chat = targetChat(api, params);
    const stored = chat.find(requireMessageId(params));
    if (!stored) throw badRequest("message to delete not found");
    stored.deleted = true;
    api.events.emit({ type: "bot-delete", chatId: chat.id, chatTitle: chat.title, messageId: stored.message.message_id });
    return true;
  },

  sendChatAction(api, params) {
    const chat = targetChat(api, params);
    const action = params.string("action");
    if (!action || !CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
    chat.assertWritable();
    api.events.emit({ type: "chat-action", chatId: chat.id, chatTitle: chat.title, action });
    return true;
  },

  answerCallbackQuery(api, params) {
    const queryId = params.string("callback_query_id") ?? "";
    const { chatId, answer } = api.callbacks.answer(queryId, {
      text: params.string("text"),
      showAlert: params.boolean("show_alert"),
      url: params.string("url"),
    });
    const chat = api.chats.get(chatId);
    api.events.emit({
      type: "callback-answer",
      chatId,
      chatTitle: chat?.title ?? String(chatId),
      queryId,
      text: answer.text,
      showAlert: answer.showAlert,
      url: answer.url,
    });
    return true;
  },
};

function requireMessageId(params: Params): number {
  const messageId = params.integer("message_id");
  if (messageId === undefined) throw badRequest("message identifier is not specified");
  return messageId;
}

/** The bot's own message named by chat_id + message_id (inline messages are not emulated). */
function editableMessage(api: EmulatedBotApi, params: Params): { chat: ChatState; stored: StoredMessage } {
  if (params.has("inline_message_id")) throw badRequest("MESSAGE_ID_INVALID");
  const chat = targetChat(api, params);
  const stored = chat.find(requireMessageId(params));
  if (!stored) throw badRequest("message to edit not found");
  if (stored.sentBy !== "bot") throw badRequest("message can't be edited");
  chat.assertWritable();
  return { chat, stored };
}

/** Replaces the keyboard, and the text when `content` is given; marks the message edited. */
function applyEdit(
  api: EmulatedBotApi,
  chat: ChatState,
  stored: StoredMessage,
  markup: InlineKeyboardMarkup | undefined,
  content?: MessageContent,
): Message {
  const kept = content ? omit(stored.message, "reply_markup", "text", "entities") : omit(stored.message, "reply_markup");
  stored.message = { ...kept, ...content, ...(markup ? { reply_markup: markup } : {}), edit_date: unixTime() };
  stored.markup = markup;
  api.events.emit({
    type: "bot-edit",
    chatId: chat.id,
    chatTitle: chat.title,
    messageId: stored.message.message_id,
    text: stored.message.text ?? stored.message.caption ?? "",
    buttons: buttonTexts(markup?.inline_keyboard ?? []),
  });
  return stored.message;
}

/** Compares two JSON-shaped values, treating absent and empty lists alike. */
function sameJson(a: unknown, b: unknown): boolean {
  const normalize = (value: unknown) => (Array.isArray(value) && value.length === 0 ? undefined : value);
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}
