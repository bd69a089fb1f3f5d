// The zod type for a title or a name typed by a person (bot, CLI, CSV): control characters stripped, spaces
// single, edges trimmed; a value made only of invisible characters (zero-width spaces, Hangul fillers, the
// braille blank) is refused with the reason "only-invisible" instead of being stored as a blank-looking title.
import { z } from "zod";
import { isInvisible, stripControl } from "./clean-text.js";

export function visibleText(limits: { min?: number; max: number }) {
  return z
    .string()
    .transform((value, ctx) => {
      const tidy = stripControl(value).normalize("NFC").replace(/\s+/g, " ").trim();
      if (tidy !== "" && isInvisible(tidy)) {
        ctx.issues.push({ code: "custom", message: "only-invisible", input: value });
        return z.NEVER;
      }
      return tidy;
    })
    .pipe(z.string().min(limits.min ?? 1).max(limits.max));
}
