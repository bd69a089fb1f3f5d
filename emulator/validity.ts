// Telegram refuses text that is not valid UTF-8. A JavaScript string cut by UTF-16 code units can end in half
// of a surrogate pair (half an emoji): JSON carries it as "\ud83d", and Telegram answers 400. So does this.
import { badRequest } from "./api-error.js";

export function requireWellFormed(text: string, what: "text" | "caption" | "button"): void {
  if (text.isWellFormed()) return;
  throw badRequest(what === "button" ? "can't parse inline keyboard button: text must be encoded in UTF-8" : `${what} must be encoded in UTF-8`);
}
