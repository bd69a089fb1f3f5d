// Text from outside (Telegram, the CLI, CSV files) before anything stores it: NUL and other control characters
// are stripped (PostgreSQL refuses NUL in text; the rest breaks exports and screens), line breaks and tabs kept.
// A value made only of invisible characters (spaces, zero-width joiners, direction marks) counts as empty.

// C0 controls but \t \n \r, DEL, C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Whitespace, format characters (zero-width, bidi marks, BOM), the Hangul fillers and the braille blank
// that people use to post "empty" names.
const INVISIBLE = /^[\s\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

export function stripControl(text: string): string {
  return text.replace(CONTROL, "").replace(/\r\n?/g, "\n");
}

export function isInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** Stripped of control characters and trimmed; "" when nothing visible is left. */
export function cleanText(text: string): string {
  const stripped = stripControl(text).trim();
  return isInvisible(stripped) ? "" : stripped;
}
