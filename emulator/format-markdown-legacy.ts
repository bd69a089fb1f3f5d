import type { MessageEntity } from "grammy/types";
import { byteOffset, failParsing, placeEntity, sortEntities, type FormattedText } from "./formatted-text.js";

/**
 * Parses legacy `parse_mode: "Markdown"`: `*bold*`, `_italic_`, `` `code` ``,
 * ```` ```pre``` ```` and `[text](url)`, no nesting.
 */
export function parseLegacyMarkdown(source: string): FormattedText {
  let text = "";
  const entities: MessageEntity[] = [];
  let index = 0;
  const markers: Record<string, "bold" | "italic" | "code"> = {
    "*": "bold",
    _: "italic",
    "`": "code",
  };
  while (index < source.length) {
    const char = source[index] ?? "";
    if (char === "\\" && "_*`[".includes(source[index + 1] ?? " ")) {
      text += source[index + 1];
      index += 2;
      continue;
    }
    const link = char === "[" ? /^\[([^\]]*)\]\(([^)]*)\)/.exec(source.slice(index)) : null;
    if (link) {
      entities.push({ type: "text_link", offset: text.length, length: (link[1] ?? "").length, url: link[2] ?? "" });
      text += link[1];
      index += link[0].length;
      continue;
    }
    const marker = source.startsWith("```", index) ? "```" : markers[char] ? char : undefined;
    if (!marker) {
      text += char;
      index += 1;
      continue;
    }
    const end = source.indexOf(marker, index + marker.length);
    if (end === -1) failParsing(`Can't find end of the entity starting at byte offset ${byteOffset(source, index)}`);
    const content = source.slice(index + marker.length, end);
    const type = marker === "```" ? "pre" : markers[marker];
    if (type && content.length > 0) entities.push(placeEntity({ type }, text.length, content.length));
    text += content;
    index = end + marker.length;
  }
  return { text, entities: sortEntities(entities) };
}
