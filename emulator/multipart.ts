/**
 * A small multipart/form-data parser.
 *
 * Node's built-in `Request.formData()` cannot be used: grammY writes part
 * headers without a space after the colon and the file name unquoted
 * (`content-disposition:form-data;name="x";filename=report.xlsx`), which
 * undici rejects. Telegram accepts that format, so the emulator must too.
 */

/** A file part of a multipart body. */
export interface UploadedFile {
  filename: string;
  contentType: string | undefined;
  content: Buffer;
}

export interface MultipartBody {
  fields: Map<string, string>;
  files: Map<string, UploadedFile>;
}

const HEADER_END = Buffer.from("\r\n\r\n");

export function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const result: MultipartBody = { fields: new Map(), files: new Map() };
  const delimiter = Buffer.from(`--${boundary}`);
  let cursor = body.indexOf(delimiter);
  while (cursor !== -1) {
    const afterDelimiter = cursor + delimiter.length;
    // "--boundary--" closes the body.
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--") break;
    const partStart = skipLineBreak(body, afterDelimiter);
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // The CRLF before the next delimiter belongs to the delimiter, not the content.
    const partEnd = body.subarray(next - 2, next).toString() === "\r\n" ? next - 2 : next;
    addPart(result, body.subarray(partStart, partEnd));
    cursor = next;
  }
  return result;
}

function skipLineBreak(body: Buffer, at: number): number {
  return body.subarray(at, at + 2).toString() === "\r\n" ? at + 2 : at;
}

function addPart(result: MultipartBody, part: Buffer): void {
  const headerEnd = part.indexOf(HEADER_END);
  if (headerEnd === -1) return;
  const headers = parseHeaders(part.subarray(0, headerEnd).toString("utf8"));
  const content = part.subarray(headerEnd + HEADER_END.length);
  const disposition = headers.get("content-disposition") ?? "";
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) return;
  // grammY leaves the file name unquoted and last, so it may contain ';' or
  // spaces: take everything up to the end of the header.
  const filenameMatch = /\bfilename=(?:"([^"]*)"|(.*))$/i.exec(disposition);
  if (filenameMatch) {
    result.files.set(name, {
      filename: (filenameMatch[1] ?? filenameMatch[2] ?? "").trim(),
      contentType: headers.get("content-type"),
      content: Buffer.from(content),
    });
  } else {
    result.fields.set(name, content.toString("utf8"));
  }
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}
