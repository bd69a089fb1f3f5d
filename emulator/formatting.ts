import type { MessageEntity } from "grammy/types";
import { badRequest } from "./api-error.js";
import { parseHtml } from "./format-html.js";
import { parseLegacyMarkdown } from "./format-markdown-legacy.js";
import { parseMarkdownV2 } from "./format-markdown-v2.js";
import { trimFormatted, type FormattedText } from "./formatted-text.js";

/**
 * Turns a text parameter (`text` or `caption`) into what Telegram stores and
 * shows: parsed with `parse_mode`, or taken with explicit `entities` (what
 * grammY's `fmt` sends), then trimmed.
 */
export function formatText(source: string, parseMode: string | undefined, entities: unknown): FormattedText {
  if (parseMode) return trimFormatted(parseWithMode(source, parseMode));
  return trimFormatted({ text: source, entities: narrowEntities(entities) });
}

function parseWithMode(source: string, parseMode: string): FormattedText {
  switch (parseMode.toLowerCase()) {
    case "html":
      return parseHtml(source);
    case "markdownv2":
      return parseMarkdownV2(source);
    case "markdown":
      return parseLegacyMarkdown(source);
    default:
      throw badRequest("unsupported parse_mode");
  }
}

function narrowEntities(value: unknown): MessageEntity[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw badRequest("can't parse entities JSON object");
  return value.map((entity: unknown) => {
    if (
      typeof entity !== "object" ||
      entity === null ||
      !("type" in entity && typeof entity.type === "string") ||
      !("offset" in entity && typeof entity.offset === "number") ||
      !("length" in entity && typeof entity.length === "number")
    ) {
      throw badRequest("can't parse MessageEntity");
    }
    // The shape was checked above; the type-specific fields are passed on as sent.
    return entity as MessageEntity;
  });
}
