// A name taken from a Telegram profile (first + last name, up to 129 characters of anything): control and
// invisible characters gone, spaces single, cut by grapheme so it fits menus, lists and buttons. "" when
// nothing visible is left (the caller then falls back to "Telegram <id>").
import { cleanText } from "../text/clean-text.js";
import { truncate } from "../text/truncate.js";

export const MAX_PROFILE_NAME = 64;

export function profileName(raw: string): string {
  return truncate(cleanText(raw).replace(/\s+/g, " "), MAX_PROFILE_NAME);
}
