import type { InlineKeyboardButton } from "grammy/types";

/** Which inline button to press: its exact text, a pattern, or a predicate. */
export type ButtonMatcher = string | RegExp | ((text: string, button: InlineKeyboardButton) => boolean);

/** An inline button as the terminal sandbox lists it: numbered from 1, row by row. */
export interface NumberedButton {
  number: number;
  row: number;
  column: number;
  text: string;
  callbackData: string | undefined;
  url: string | undefined;
}

export function numberButtons(keyboard: InlineKeyboardButton[][]): NumberedButton[] {
  let number = 0;
  return keyboard.flatMap((buttons, row) =>
    buttons.map((button, column) => {
      number += 1;
      return {
        number,
        row,
        column,
        text: button.text,
        callbackData: "callback_data" in button ? button.callback_data : undefined,
        url: "url" in button ? button.url : undefined,
      };
    }),
  );
}

export function findButton(keyboard: InlineKeyboardButton[][], matcher: ButtonMatcher): InlineKeyboardButton | undefined {
  return keyboard.flat().find((button) => {
    if (typeof matcher === "string") return button.text === matcher;
    if (matcher instanceof RegExp) return matcher.test(button.text);
    return matcher(button.text, button);
  });
}

export function describeMatcher(matcher: ButtonMatcher): string {
  if (typeof matcher === "string") return `"${matcher}"`;
  return matcher instanceof RegExp ? String(matcher) : "the predicate";
}

/** "[Да] [Нет] / [Назад]", for error messages. */
export function listButtons(rows: string[][]): string {
  return rows.map((row) => row.map((text) => `[${text}]`).join(" ")).join(" / ") || "(none)";
}
