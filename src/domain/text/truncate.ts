// Used by the domain too (names from Telegram profiles), so it lives here; src/bot/render/truncate.ts re-exports it.
// Shortening text for Telegram: by grapheme (Intl.Segmenter), so an emoji or a surrogate pair is never cut in
// half — half an emoji is invalid UTF-8, and Telegram refuses the whole message.
const segmenter = new Intl.Segmenter("ru", { granularity: "grapheme" });

/** `text` cut to at most `max` graphemes, with "…" as the last one when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text; // a string of N code units never has more than N graphemes
  const graphemes = [...segmenter.segment(text)];
  if (graphemes.length <= max) return text;
  return `${graphemes
    .slice(0, Math.max(0, max - 1))
    .map((g) => g.segment)
    .join("")
    .trimEnd()}…`;
}

/** `text` cut so its UTF-8 form fits `maxBytes` (callback data, some Bot API fields), never mid-grapheme. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = "";
  for (const { segment } of segmenter.segment(text)) {
    if (Buffer.byteLength(out + segment) > maxBytes) break;
    out += segment;
  }
  return out;
}
