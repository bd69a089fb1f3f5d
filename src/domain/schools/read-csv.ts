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
  const records: CsvRecord[] = [];
  const errors: CsvResult["errors"] = [];

  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current record has a quoted field (so it is not a blank line)
  let i = 0;

  const endField = () => {
    // NUL (PostgreSQL refuses it) and other control characters never get past the one CSV reader.
    fields.push(stripControl(field));
    field = "";
  };
  const endRecord = () => {
    endField();
    const blank = !wasQuoted && fields.every((f) => f.trim() === "");
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    wasQuoted = false;
  };

  while (i < source.length) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false; // characters after the closing quote are kept, as Excel does
        i += 1;
        continue;
      }
      if (ch === "\r" || ch === "\n") {
        // A line break inside quotes belongs to the field; keep counting lines for the messages.
        if (ch === "\r" && source[i + 1] === "\n") i += 1;
        field += "\n";
        line += 1;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      wasQuoted = true;
      field = "";
      i += 1;
      continue;
    }
    if (ch === sep) {
      endField();
      i += 1;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && source[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
      i += 1;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (quoted) {
    errors.push({ line: recordLine, message: "a quoted field is not closed (missing \")" });
  } else if (field !== "" || fields.length > 0 || wasQuoted) {
    endRecord();
  }
  return { delimiter: sep, records, errors };
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
