// What a notice renders to: one Bot API call the dispatcher makes for an outbox row. Files go by file_id
// (already on Telegram's side); edits and deletes name the earlier row by its dedupe key, and the dispatcher
// finds the chat and message_id that row was delivered as.
import type { InlineKeyboardMarkup, LinkPreviewOptions, MessageEntity, ParseMode } from "grammy/types";

interface Formatted {
  parse_mode?: ParseMode;
  reply_markup?: InlineKeyboardMarkup;
}

export interface SendText extends Formatted {
  method: "sendMessage";
  text: string;
  entities?: MessageEntity[];
  link_preview_options?: LinkPreviewOptions;
}

export interface SendDocument extends Formatted {
  method: "sendDocument";
  /** A file_id Telegram already has. */
  document: string;
  caption?: string;
  caption_entities?: MessageEntity[];
}

export interface SendPhoto extends Formatted {
  method: "sendPhoto";
  /** A file_id Telegram already has. */
  photo: string;
  caption?: string;
  caption_entities?: MessageEntity[];
}

/** Edits the text of the message an earlier outbox row delivered (e.g. an announcement corrected). */
export interface EditText extends Formatted {
  method: "editMessageText";
  /** The dedupe key of the earlier row. */
  of: string;
  text: string;
  entities?: MessageEntity[];
}

/** Deletes the message an earlier outbox row delivered (e.g. an announcement recalled; Telegram allows 48 h). */
export interface DeleteEarlier {
  method: "deleteMessage";
  /** The dedupe key of the earlier row. */
  of: string;
}

export type OutgoingMessage = SendText | SendDocument | SendPhoto | EditText | DeleteEarlier;
export type OutgoingMethod = OutgoingMessage["method"];
