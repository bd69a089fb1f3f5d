import type { MessageEntity } from "grammy/types";
import { byteOffset, failParsing, placeEntity, sortEntities, type EntityShape, type FormattedText } from "./formatted-text.js";

/**
 * Parses `parse_mode: "HTML"` text the way Telegram does: only the documented
 * tags and the four named entities are understood; anything else (an
 * unescaped `<` in a user's name, `<br>`, an unclosed `<b>`) is the same 400
 * "can't parse entities" error the real API answers.
 */
export function parseHtml(source: string): FormattedText {
  const parser = new HtmlParser(source);
  return parser.parse();
}

interface OpenTag {
  name: string;
  start: number;
  sourceIndex: number;
  entity: EntityShape | undefined;
}

const SIMPLE_TAGS: Record<string, MessageEntity.CommonMessageEntity["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  code: "code",
};

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

class HtmlParser {
  private text = "";
  private readonly entities: MessageEntity[] = [];
  private readonly open: OpenTag[] = [];
  private index = 0;

  constructor(private readonly source: string) {}

  parse(): FormattedText {
    while (this.index < this.source.length) {
      const char = this.source[this.index];
      if (char === "<") this.readTag();
      else if (char === "&") this.readCharacterReference();
      else {
        this.text += char;
        this.index += 1;
      }
    }
    const unclosed = this.open.at(-1);
    if (unclosed) failParsing(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
    return { text: this.text, entities: sortEntities(this.entities) };
  }

  private readTag(): void {
    const end = this.source.indexOf(">", this.index);
    const at = byteOffset(this.source, this.index);
    if (end === -1) failParsing(`Unclosed start tag at byte offset ${at}`);
    const body = this.source.slice(this.index + 1, end);
    this.index = end + 1;
    if (body.startsWith("/")) this.closeTag(body.slice(1).trim().toLowerCase(), at);
    else this.openTag(body, at);
  }

  private openTag(body: string, at: number): void {
    // Like Telegram, the name runs to the first space, so "<№1>" names tag "№1".
    const rawName = /^[^\s/>]*/.exec(body)?.[0] ?? "";
    const name = rawName.toLowerCase();
    const attributes = parseAttributes(body.slice(rawName.length));
    this.open.push({
      name,
      start: this.text.length,
      sourceIndex: this.index,
      entity: this.entityFor(name, attributes, at),
    });
  }

  private entityFor(
    name: string,
    attributes: Map<string, string>,
    at: number,
  ): OpenTag["entity"] {
    const simple = SIMPLE_TAGS[name];
    if (simple) {
      // `<pre><code class="language-x">` is one pre entity with a language.
      const parent = this.open.at(-1);
      const language = attributes.get("class")?.replace(/^language-/, "");
      if (name === "code" && parent?.name === "pre" && parent.entity?.type === "pre") {
        if (language) parent.entity = { type: "pre", language };
        return undefined;
      }
      return { type: simple };
    }
    switch (name) {
      case "span":
        if (attributes.get("class") !== "tg-spoiler") failParsing(`Tag "span" must have class "tg-spoiler" at byte offset ${at}`);
        return { type: "spoiler" };
      case "a": {
        const href = attributes.get("href");
        return href ? { type: "text_link", url: href } : undefined;
      }
      case "pre":
        return { type: "pre" };
      case "blockquote":
        return { type: attributes.has("expandable") ? "expandable_blockquote" : "blockquote" };
      case "tg-emoji": {
        const id = attributes.get("emoji-id");
        if (!id) failParsing(`Custom emoji entity must have emoji-id attribute at byte offset ${at}`);
        return { type: "custom_emoji", custom_emoji_id: id };
      }
      default:
        return failParsing(`Unsupported start tag "${name}" at byte offset ${at}`);
    }
  }

  private closeTag(name: string, at: number): void {
    const top = this.open.pop();
    if (!top) failParsing(`Unexpected end tag at byte offset ${at}`);
    if (top.name !== name) {
      failParsing(`Unmatched end tag at byte offset ${at}, expected "</${top.name}>", found "</${name}>"`);
    }
    const length = this.text.length - top.start;
    if (top.entity && length > 0) {
      this.entities.push(placeEntity(top.entity, top.start, length));
    }
  }

  private readCharacterReference(): void {
    const match = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(this.source.slice(this.index, this.index + 12));
    const decoded = match ? decodeReference(match[1] ?? "") : undefined;
    if (match && decoded !== undefined) {
      this.text += decoded;
      this.index += match[0].length;
    } else {
      // Telegram keeps a stray '&' as a literal character.
      this.text += "&";
      this.index += 1;
    }
  }
}

function decodeReference(reference: string): string | undefined {
  if (reference.startsWith("#x")) return String.fromCodePoint(parseInt(reference.slice(2), 16));
  if (reference.startsWith("#")) return String.fromCodePoint(parseInt(reference.slice(1), 10));
  return NAMED_ENTITIES[reference.toLowerCase()];
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    attributes.set((match[1] ?? "").toLowerCase(), decodeAttribute(value));
  }
  return attributes;
}

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, reference: string) => decodeReference(reference) ?? whole);
}
