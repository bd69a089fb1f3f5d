import type { MessageEntity } from "grammy/types";
import { byteOffset, failParsing, placeEntity, sortEntities, type EntityShape, type FormattedText } from "./formatted-text.js";

/**
 * Parses `parse_mode: "MarkdownV2"` text with Telegram's rules. The point is
 * to reproduce its most common failure: a reserved character such as '.',
 * '-' or '!' left unescaped is a 400, not silently shown.
 */
export function parseMarkdownV2(source: string): FormattedText {
  return new MarkdownV2Parser(source).parse();
}

const RESERVED = "_*[]()~`>#+-=|{}.!";

type ToggleType = "bold" | "italic" | "underline" | "strikethrough" | "spoiler";

const ENTITY_NAMES: Record<string, string> = {
  bold: "Bold",
  italic: "Italic",
  underline: "Underline",
  strikethrough: "Strikethrough",
  spoiler: "Spoiler",
  text_link: "TextUrl",
  custom_emoji: "CustomEmoji",
  blockquote: "BlockQuote",
  expandable_blockquote: "ExpandableBlockQuote",
};

interface OpenEntity {
  type: ToggleType | "text_link" | "custom_emoji";
  start: number;
  sourceIndex: number;
}

interface OpenQuote {
  type: "blockquote" | "expandable_blockquote";
  start: number;
}

class MarkdownV2Parser {
  private text = "";
  private readonly entities: MessageEntity[] = [];
  private readonly open: OpenEntity[] = [];
  private quote: OpenQuote | undefined;
  private index = 0;

  constructor(private readonly source: string) {}

  parse(): FormattedText {
    while (this.index < this.source.length) this.step();
    this.closeQuote();
    const unclosed = this.open.at(-1);
    if (unclosed) {
      failParsing(`Can't find end of ${ENTITY_NAMES[unclosed.type]} entity at byte offset ${byteOffset(this.source, unclosed.sourceIndex)}`);
    }
    return { text: this.text, entities: sortEntities(this.entities) };
  }

  private step(): void {
    const { source, index } = this;
    const char = source[index] ?? "";
    const atLineStart = index === 0 || source[index - 1] === "\n";
    if (char === "\\") return this.readEscape();
    if (atLineStart && this.startsQuote()) return;
    if (char === "\n" && this.quote && !this.nextLineContinuesQuote()) this.closeQuote();
    if (source.startsWith("```", index)) return this.readPre();
    if (char === "`") return this.readCode();
    if (source.startsWith("||", index)) return this.readSpoilerOrQuoteEnd();
    if (source.startsWith("__", index)) return this.toggle("underline", 2);
    if (char === "*") return this.toggle("bold", 1);
    if (char === "_") return this.toggle("italic", 1);
    if (char === "~") return this.toggle("strikethrough", 1);
    if (char === "[") return this.openLink("text_link", 1);
    if (source.startsWith("![", index)) return this.openLink("custom_emoji", 2);
    if (char === "]") return this.closeLink();
    if (RESERVED.includes(char)) {
      failParsing(`Character '${char}' is reserved and must be escaped with the preceding '\\'`);
    }
    this.text += char;
    this.index += 1;
  }

  private readEscape(): void {
    const next = this.source[this.index + 1];
    this.text += next ?? "\\";
    this.index += next === undefined ? 1 : 2;
  }

  /** `>` starts (or continues) a quote; `**>` starts an expandable one. */
  private startsQuote(): boolean {
    const expandable = this.source.startsWith("**>", this.index);
    if (!expandable && this.source[this.index] !== ">") return false;
    if (!this.quote) {
      this.quote = { type: expandable ? "expandable_blockquote" : "blockquote", start: this.text.length };
    }
    this.index += expandable ? 3 : 1;
    return true;
  }

  private nextLineContinuesQuote(): boolean {
    return this.source[this.index + 1] === ">";
  }

  private closeQuote(): void {
    if (!this.quote) return;
    const length = this.text.length - this.quote.start;
    if (length > 0) this.entities.push({ type: this.quote.type, offset: this.quote.start, length });
    this.quote = undefined;
  }

  /** `||` at the end of an expandable quote's last line closes the quote. */
  private readSpoilerOrQuoteEnd(): void {
    const after = this.source[this.index + 2];
    const endsLine = after === undefined || after === "\n";
    if (this.quote?.type === "expandable_blockquote" && endsLine && !this.open.some((e) => e.type === "spoiler")) {
      this.index += 2;
      this.closeQuote();
      return;
    }
    this.toggle("spoiler", 2);
  }

  private toggle(type: ToggleType, markerLength: number): void {
    const position = this.open.map((entity) => entity.type).lastIndexOf(type);
    if (position === -1) {
      this.open.push({ type, start: this.text.length, sourceIndex: this.index });
    } else {
      const [entity] = this.open.splice(position, 1);
      if (entity) this.pushEntity({ type }, entity.start);
    }
    this.index += markerLength;
  }

  private openLink(type: "text_link" | "custom_emoji", markerLength: number): void {
    this.open.push({ type, start: this.text.length, sourceIndex: this.index });
    this.index += markerLength;
  }

  private closeLink(): void {
    const top = this.open.at(-1);
    if (!top || (top.type !== "text_link" && top.type !== "custom_emoji")) {
      failParsing(`Character ']' is reserved and must be escaped with the preceding '\\'`);
    }
    this.open.pop();
    if (this.source[this.index + 1] !== "(") {
      failParsing(`Can't find end of ${ENTITY_NAMES[top.type]} entity at byte offset ${byteOffset(this.source, top.sourceIndex)}`);
    }
    const { value: url, end } = this.readUntil(")", this.index + 2);
    if (top.type === "text_link") this.pushEntity({ type: "text_link", url }, top.start);
    else this.pushEntity({ type: "custom_emoji", custom_emoji_id: new URL(url).searchParams.get("id") ?? "" }, top.start);
    this.index = end + 1;
  }

  private readCode(): void {
    const { value, end } = this.readUntil("`", this.index + 1, "Code");
    this.pushLiteral({ type: "code" }, value);
    this.index = end + 1;
  }

  private readPre(): void {
    const { value, end } = this.readUntil("```", this.index + 3, "Pre");
    const newline = value.indexOf("\n");
    const firstLine = newline === -1 ? "" : value.slice(0, newline);
    // A first line without spaces names the language, as in fenced code.
    const hasLanguage = firstLine.length > 0 && !/\s/.test(firstLine);
    const body = hasLanguage ? value.slice(newline + 1) : value;
    this.pushLiteral(hasLanguage ? { type: "pre", language: firstLine } : { type: "pre" }, body);
    this.index = end + 3;
  }

  /** Reads raw text up to an unescaped terminator, resolving backslash escapes. */
  private readUntil(terminator: string, from: number, entityName = "TextUrl"): { value: string; end: number } {
    let value = "";
    let index = from;
    while (index < this.source.length) {
      if (this.source[index] === "\\" && index + 1 < this.source.length) {
        value += this.source[index + 1];
        index += 2;
      } else if (this.source.startsWith(terminator, index)) {
        return { value, end: index };
      } else {
        value += this.source[index];
        index += 1;
      }
    }
    return failParsing(`Can't find end of ${entityName} entity at byte offset ${byteOffset(this.source, from - terminator.length)}`);
  }

  private pushLiteral(entity: EntityShape, content: string): void {
    const start = this.text.length;
    this.text += content;
    this.pushEntity(entity, start);
  }

  private pushEntity(entity: EntityShape, start: number): void {
    const length = this.text.length - start;
    if (length > 0) this.entities.push(placeEntity(entity, start, length));
  }
}
