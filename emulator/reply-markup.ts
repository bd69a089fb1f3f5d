import type {
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  KeyboardButton,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from "grammy/types";
import { badRequest } from "./api-error.js";
import { isRecord } from "./request-params.js";
import { requireWellFormed } from "./validity.js";

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

/** The fields of which an inline button must have exactly one. */
const INLINE_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

/** Telegram's cap on buttons per message. */
const MAX_BUTTONS = 100;
const MAX_CALLBACK_DATA_BYTES = 64;

/**
 * Checks a `reply_markup` parameter as strictly as Telegram does, so that a
 * keyboard the real API would refuse fails in tests too.
 */
export function parseReplyMarkup(value: unknown): ReplyMarkup | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw cantParseMarkup();
  if ("inline_keyboard" in value) return { inline_keyboard: parseInlineKeyboard(value.inline_keyboard) };
  if ("keyboard" in value) {
    return { ...(value as Omit<ReplyKeyboardMarkup, "keyboard">), keyboard: parseReplyKeyboard(value.keyboard) };
  }
  if (value.remove_keyboard === true) return { remove_keyboard: true };
  if (value.force_reply === true) {
    const placeholder = value.input_field_placeholder;
    return typeof placeholder === "string"
      ? { force_reply: true, input_field_placeholder: placeholder }
      : { force_reply: true };
  }
  throw cantParseMarkup();
}

/** Message edits only accept an inline keyboard. */
export function parseInlineMarkup(value: unknown): InlineKeyboardMarkup | undefined {
  const markup = parseReplyMarkup(value);
  if (markup === undefined || "inline_keyboard" in markup) return markup;
  throw badRequest("inline keyboard expected");
}

function parseInlineKeyboard(rows: unknown): InlineKeyboardButton[][] {
  // Telegram drops empty rows (grammY's trailing .row() leaves one), so the chat never shows a gap.
  const keyboard = parseRows(rows)
    .map((row) => row.map(parseInlineButton))
    .filter((row) => row.length > 0);
  checkButtonCount(keyboard);
  return keyboard;
}

function parseInlineButton(button: unknown): InlineKeyboardButton {
  if (!isRecord(button) || typeof button.text !== "string") {
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  }
  requireWellFormed(button.text, "button");
  const actions = INLINE_ACTIONS.filter((field) => button[field] !== undefined);
  if (actions.length === 0) {
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  if (actions.length > 1) {
    throw badRequest("can't parse inline keyboard button: exactly one of the optional fields must be used");
  }
  if ("callback_data" in button) checkCallbackData(button.callback_data);
  if ("url" in button) checkButtonUrl(button.url);
  // All fields the checks above rely on are verified; the rest is passed on as sent.
  return button as unknown as InlineKeyboardButton;
}

function checkCallbackData(data: unknown): void {
  const size = typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
  if (size < 1 || size > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
}

function checkButtonUrl(url: unknown): void {
  const valid = typeof url === "string" && URL.canParse(url) && /^(https?|tg):/i.test(url);
  if (!valid) throw badRequest(`inline keyboard button URL '${String(url)}' is invalid: Wrong HTTP URL`);
}

function parseReplyKeyboard(rows: unknown): KeyboardButton[][] {
  const keyboard = parseRows(rows).map((row) =>
    row.map((button): KeyboardButton => {
      if (typeof button === "string") return requireWellFormed(button, "button"), button;
      if (isRecord(button) && typeof button.text === "string") return requireWellFormed(button.text, "button"), button as unknown as KeyboardButton;
      throw badRequest("can't parse keyboard button: KeyboardButton must be a String or an Object");
    }),
  );
  checkButtonCount(keyboard);
  return keyboard;
}

function parseRows(rows: unknown): unknown[][] {
  if (!Array.isArray(rows) || !rows.every((row): row is unknown[] => Array.isArray(row))) {
    throw badRequest("can't parse reply keyboard markup: keyboard must be an Array of Arrays");
  }
  return rows;
}

function checkButtonCount(keyboard: unknown[][]): void {
  if (keyboard.flat().length > MAX_BUTTONS) throw badRequest("reply markup is too long");
}

function cantParseMarkup() {
  return badRequest("can't parse reply keyboard markup JSON object");
}

/** Texts of a keyboard's buttons, row by row. */
export function buttonTexts(rows: ReadonlyArray<ReadonlyArray<KeyboardButton | InlineKeyboardButton>>): string[][] {
  return rows.map((row) => row.map((button) => (typeof button === "string" ? button : button.text)));
}
