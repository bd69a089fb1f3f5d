// Telegram refuses a message over 4,096 characters (counted after HTML parsing). Long screens are cut into
// pages or several messages along line boundaries, never inside a tag or a grapheme.
export const MESSAGE_LIMIT = 4096;

/** What Telegram counts: the text without tags, each entity (&amp;) one character. */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, "").replace(/&(?:amp|lt|gt|quot|#\d+);/g, "x").length;
}

/** Lines grouped so each group's visible text (joined by newlines) stays within `budget`. */
export function groupLines(lines: readonly string[], budget: number, maxPerGroup = Infinity): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    const length = visibleLength(line) + 1;
    if (current.length > 0 && (size + length > budget || current.length >= maxPerGroup)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += length;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups;
}
