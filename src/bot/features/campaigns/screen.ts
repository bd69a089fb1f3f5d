// A staff screen is one message: text and buttons, built from plain data so the same screen can be shown by
// a handler or from inside a conversation (the search). Page turns edit the message in place.
import { GrammyError, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { BotContext } from "../../context.js";
import type { Translate } from "../../i18n.js";

export interface Screen {
  text: string;
  /** Plain rows (not an InlineKeyboard), so a screen is JSON a conversation can replay. */
  buttons: InlineKeyboardButton[][];
}

export const markup = (screen: Screen) => ({ parse_mode: "HTML" as const, reply_markup: { inline_keyboard: screen.buttons } });

/** As a new message, or in place of the pressed one for a page turn. */
export async function present(ctx: BotContext, screen: Screen, inPlace: boolean): Promise<void> {
  if (!inPlace || !ctx.callbackQuery?.message) {
    await ctx.reply(screen.text, markup(screen));
    return;
  }
  try {
    await ctx.editMessageText(screen.text, markup(screen));
  } catch (error) {
    // Pressing the page you are on changes nothing; Telegram calls that an error.
    if (!(error instanceof GrammyError && error.description.includes("message is not modified"))) throw error;
  }
}

/** ◀︎ 2/50 ▶︎ under a list, when it has more than one page. */
export function pagerRow(t: Translate, page: number, pageCount: number, dataFor: (page: number) => string): InlineKeyboardButton[] {
  if (pageCount <= 1) return [];
  const row: InlineKeyboardButton[] = [];
  if (page > 0) row.push(InlineKeyboard.text("◀︎", dataFor(page - 1)));
  row.push(InlineKeyboard.text(t("campaign-page-of", { page: page + 1, pages: pageCount }), dataFor(page)));
  if (page < pageCount - 1) row.push(InlineKeyboard.text("▶︎", dataFor(page + 1)));
  return row;
}

/** Rows of `perRow` buttons. */
export function inRows(buttons: InlineKeyboardButton[], perRow: number): InlineKeyboardButton[][] {
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return rows;
}

export const nonEmpty = (rows: InlineKeyboardButton[][]) => rows.filter((row) => row.length > 0);
