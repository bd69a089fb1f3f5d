import { describe, expect, it } from "vitest";
import { ApiError } from "../../emulator/api-error.js";
import { formatText } from "../../emulator/formatting.js";
import { parseMultipart } from "../../emulator/multipart.js";

function parseError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.description;
    throw error;
  }
  throw new Error("expected an ApiError");
}

describe("parse_mode HTML", () => {
  it("produces plain text and nested entities", () => {
    expect(formatText('<b>Итог <i>марта</i></b> — <a href="https://x.ru/?a=1&amp;b=2">ссылка</a> &lt;3', "HTML", undefined)).toEqual({
      text: "Итог марта — ссылка <3",
      entities: [
        { type: "bold", offset: 0, length: 10 },
        { type: "italic", offset: 5, length: 5 },
        { type: "text_link", offset: 13, length: 6, url: "https://x.ru/?a=1&b=2" },
      ],
    });
  });

  it("keeps a pre block's language and trims surrounding whitespace", () => {
    expect(formatText('\n <pre><code class="language-ts">let a = 1;</code></pre> \n', "HTML", undefined)).toEqual({
      text: "let a = 1;",
      entities: [{ type: "pre", offset: 0, length: 10, language: "ts" }],
    });
  });

  it("rejects what Telegram rejects", () => {
    expect(parseError(() => formatText("<b>жирный", "HTML", undefined))).toBe(
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    );
    expect(parseError(() => formatText("<b>a</i>", "HTML", undefined))).toBe(
      `Bad Request: can't parse entities: Unmatched end tag at byte offset 4, expected "</b>", found "</i>"`,
    );
    expect(parseError(() => formatText("a<br>b", "HTML", undefined))).toContain('Unsupported start tag "br" at byte offset 1');
  });
});

describe("parse_mode MarkdownV2", () => {
  it("parses entities and escapes", () => {
    expect(formatText("*Итого:* 5\\. _см\\._ [тут](https://x.ru) `a_b`", "MarkdownV2", undefined)).toEqual({
      text: "Итого: 5. см. тут a_b",
      entities: [
        { type: "bold", offset: 0, length: 6 },
        { type: "italic", offset: 10, length: 3 },
        { type: "text_link", offset: 14, length: 3, url: "https://x.ru" },
        { type: "code", offset: 18, length: 3 },
      ],
    });
  });

  it("parses block quotes", () => {
    expect(formatText(">цитата\n>вторая\nпосле", "MarkdownV2", undefined)).toEqual({
      text: "цитата\nвторая\nпосле",
      entities: [{ type: "blockquote", offset: 0, length: 13 }],
    });
  });

  it("rejects unescaped reserved characters and unclosed entities", () => {
    expect(parseError(() => formatText("Срок - завтра", "MarkdownV2", undefined))).toContain("Character '-' is reserved");
    expect(parseError(() => formatText("*жирный", "MarkdownV2", undefined))).toContain("Can't find end of Bold entity at byte offset 0");
  });
});

describe("explicit entities and legacy Markdown", () => {
  it("takes explicit entities as sent (grammY's fmt)", () => {
    expect(formatText("hi", undefined, [{ type: "bold", offset: 0, length: 2 }])).toEqual({
      text: "hi",
      entities: [{ type: "bold", offset: 0, length: 2 }],
    });
  });

  it("parses legacy Markdown without nesting", () => {
    expect(formatText("*a_b* _c_", "Markdown", undefined)).toEqual({
      text: "a_b c",
      entities: [
        { type: "bold", offset: 0, length: 3 },
        { type: "italic", offset: 4, length: 1 },
      ],
    });
  });
});

describe("multipart parsing", () => {
  it("reads grammY's header format: no spaces, unquoted file name", () => {
    const boundary = "----------abc123";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n42\r\n`),
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="f1";filename=Отчёт; март.xlsx\r\n`),
      Buffer.from("content-type:application/octet-stream\r\n\r\n"),
      Buffer.from([0x00, 0x0d, 0x0a, 0x2d, 0x2d, 0xff]),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const { fields, files } = parseMultipart(body, boundary);
    expect(fields.get("chat_id")).toBe("42");
    expect(files.get("f1")?.filename).toBe("Отчёт; март.xlsx");
    expect([...(files.get("f1")?.content ?? [])]).toEqual([0x00, 0x0d, 0x0a, 0x2d, 0x2d, 0xff]);
  });
});
