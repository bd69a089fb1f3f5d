// A small RFC 4180 reader: quoted fields with "" escapes and line breaks inside, CRLF/LF/CR line ends, a BOM,
// and ";" as the delimiter (Russian Excel writes ";" because "," is the decimal separator there).
// Every field comes out without control characters (tabs and line breaks kept), whatever imports it.
import { stripControl } from "../text/clean-text.js";

export interface CsvRecord {
  /** 1-based line where the record starts, as an editor shows it */
  line: number;
  fields: string[];
}

export interface CsvResult {
  delimiter: "," | ";";
  records: CsvRecord[];
  errors: { line: number; message: string }[];
}

export function readCsv(text: string, delimiter?: "," | ";"): CsvResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = delimiter ?? detectDelimiter(source);
  const scan = new CsvScanner(source, sep);
  while (scan.i < source.length) {
    if (scan.quoted) scan.quotedStep();
    else scan.plainStep();
  }
  return { delimiter: sep, ...scan.finish() };
}

/** One pass over the text, a character (or a CRLF / "" pair) per step. */
class CsvScanner {
  readonly records: CsvRecord[] = [];
  i = 0;
  quoted = false; // inside a quoted field
  private line = 1;
  private recordLine = 1;
  private fields: string[] = [];
  private field = "";
  private wasQuoted = false; // the current record has a quoted field (so it is not a blank line)

  constructor(
    private readonly source: string,
    private readonly sep: string,
  ) {}

  quotedStep(): void {
    const ch = this.source[this.i]!;
    if (ch === '"' && this.source[this.i + 1] === '"') {
      this.field += '"';
      this.i += 2;
      return;
    }
    if (ch === '"') this.quoted = false; // characters after the closing quote are kept, as Excel does
    else if (ch === "\r" || ch === "\n") {
      // A line break inside quotes belongs to the field; keep counting lines for the messages.
      this.skipLf(ch);
      this.field += "\n";
      this.line += 1;
    } else this.field += ch;
    this.i += 1;
  }

  plainStep(): void {
    const ch = this.source[this.i]!;
    if (ch === '"' && this.field.trim() === "") {
      this.quoted = true;
      this.wasQuoted = true;
      this.field = "";
    } else if (ch === this.sep) this.endField();
    else if (ch === "\r" || ch === "\n") {
      this.skipLf(ch);
      this.endRecord();
      this.line += 1;
      this.recordLine = this.line;
    } else this.field += ch;
    this.i += 1;
  }

  finish(): Pick<CsvResult, "records" | "errors"> {
    if (this.quoted) return { records: this.records, errors: [{ line: this.recordLine, message: 'a quoted field is not closed (missing ")' }] };
    if (this.field !== "" || this.fields.length > 0 || this.wasQuoted) this.endRecord();
    return { records: this.records, errors: [] };
  }

  /** CRLF is one line end: step over the CR's LF. */
  private skipLf(ch: string): void {
    if (ch === "\r" && this.source[this.i + 1] === "\n") this.i += 1;
  }

  private endField(): void {
    // NUL (PostgreSQL refuses it) and other control characters never get past the one CSV reader.
    this.fields.push(stripControl(this.field));
    this.field = "";
  }

  private endRecord(): void {
    this.endField();
    const blank = !this.wasQuoted && this.fields.every((f) => f.trim() === "");
    if (!blank) this.records.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.wasQuoted = false;
  }
}

/** ";" when the first non-blank line has more semicolons than commas outside quotes, else ",". */
export function detectDelimiter(text: string): "," | ";" {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  let seenContent = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if (seenContent) break;
    } else if (!quoted && ch === ";") semicolons += 1;
    else if (!quoted && ch === ",") commas += 1;
    if (ch.trim() !== "") seenContent = true;
  }
  return semicolons > commas ? ";" : ",";
}
