import type { InlineKeyboardButton, Message, MessageEntity } from "grammy/types";
import type { StoredMessage } from "./chat-store.js";
import { buttonTexts } from "./reply-markup.js";

/** A file as the user received it. */
export interface FileView {
  fileId: string;
  filename: string;
  mimeType: string | undefined;
  size: number;
  content: Buffer;
  /** Set when the bot sent a URL instead of bytes (the emulator does not fetch it). */
  sourceUrl?: string;
}

/** A message as a user sees it in the chat, in its current state. */
export interface ChatMessageView {
  messageId: number;
  sentBy: "bot" | "user";
  /** The text, or the caption of a file. */
  text: string;
  entities: MessageEntity[];
  /** Inline keyboard button texts, row by row. */
  buttons: string[][];
  /** Callback data per button; "" for buttons of other kinds (URL, web app...). */
  callbackData: string[][];
  inlineKeyboard: InlineKeyboardButton[][];
  /** A custom keyboard sent with this message. */
  replyKeyboard?: string[][];
  removesKeyboard: boolean;
  forceReply: boolean;
  document?: FileView;
  photo?: FileView;
  replyToMessageId?: number;
  edited: boolean;
  deleted: boolean;
  /** The Message object as the Bot API returned it. */
  message: Message;
}

export function viewOf(stored: StoredMessage): ChatMessageView {
  const { message, markup, file } = stored;
  const inlineKeyboard = message.reply_markup?.inline_keyboard ?? [];
  const fileView: FileView | undefined = file && {
    fileId: file.fileId,
    filename: file.filename,
    mimeType: file.mimeType,
    size: file.content.length,
    content: file.content,
    ...(file.sourceUrl !== undefined ? { sourceUrl: file.sourceUrl } : {}),
  };
  return {
    messageId: message.message_id,
    sentBy: stored.sentBy,
    text: message.text ?? message.caption ?? "",
    entities: message.entities ?? message.caption_entities ?? [],
    buttons: buttonTexts(inlineKeyboard),
    callbackData: inlineKeyboard.map((row) => row.map((button) => ("callback_data" in button ? button.callback_data : ""))),
    inlineKeyboard,
    ...(markup && "keyboard" in markup ? { replyKeyboard: buttonTexts(markup.keyboard) } : {}),
    removesKeyboard: markup !== undefined && "remove_keyboard" in markup,
    forceReply: markup !== undefined && "force_reply" in markup && markup.force_reply === true,
    ...(fileView && message.document ? { document: fileView } : {}),
    ...(fileView && message.photo ? { photo: fileView } : {}),
    ...(message.reply_to_message ? { replyToMessageId: message.reply_to_message.message_id } : {}),
    edited: message.edit_date !== undefined,
    deleted: stored.deleted,
    message,
  };
}
