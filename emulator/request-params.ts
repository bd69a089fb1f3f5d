import { badRequest } from "./api-error.js";
import { boundaryOf, parseMultipart, type UploadedFile } from "./multipart.js";

/**
 * A file argument as Telegram accepts it: a fresh upload, the id of a file
 * Telegram already has, or an HTTP URL for Telegram to fetch.
 */
export type FileArgument =
  | { kind: "upload"; file: UploadedFile }
  | { kind: "file_id"; fileId: string }
  | { kind: "url"; url: string };

/**
 * The parameters of one Bot API call, whatever way they were sent.
 *
 * Telegram accepts JSON, multipart and url-encoded bodies (and the query
 * string); in the non-JSON encodings every value is a string and objects are
 * JSON-encoded, so the accessors below accept both shapes and narrow them.
 */
export class Params {
  constructor(
    private readonly values: Record<string, unknown>,
    private readonly files: ReadonlyMap<string, UploadedFile> = new Map(),
  ) {}

  /** The parameters as received, with uploads summarised, for the call log. */
  toLog(): Record<string, unknown> {
    const log: Record<string, unknown> = { ...this.values };
    for (const [name, file] of this.files) {
      log[name] = { filename: file.filename, size: file.content.length };
    }
    return log;
  }

  has(name: string): boolean {
    return this.values[name] !== undefined && this.values[name] !== null;
  }

  string(name: string): string | undefined {
    const value = this.values[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    throw badRequest(`field "${name}" must be a string`);
  }

  integer(name: string): number | undefined {
    const value = this.values[name];
    if (value === undefined || value === null || value === "") return undefined;
    const number = typeof value === "number" ? value : Number(value);
    if (!Number.isInteger(number)) throw badRequest(`field "${name}" must be an integer`);
    return number;
  }

  boolean(name: string): boolean {
    const value = this.values[name];
    return value === true || value === "true" || value === 1 || value === "1";
  }

  /** An object or array parameter, which non-JSON encodings send as a JSON string. */
  json(name: string): unknown {
    const value = this.values[name];
    if (typeof value !== "string") return value ?? undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw badRequest(`can't parse ${name} JSON object`);
    }
  }

  file(name: string): FileArgument | undefined {
    const direct = this.files.get(name);
    if (direct) return { kind: "upload", file: direct };
    const value = this.string(name);
    if (value === undefined || value === "") return undefined;
    // grammY sends uploads as `attach://<part name>` plus a part of that name.
    if (value.startsWith("attach://")) {
      const attached = this.files.get(value.slice("attach://".length));
      if (!attached) throw badRequest(`wrong file identifier/HTTP URL specified`);
      return { kind: "upload", file: attached };
    }
    if (/^https?:\/\//i.test(value)) return { kind: "url", url: value };
    return { kind: "file_id", fileId: value };
  }
}

/** Decodes a request body (and query string) into call parameters. */
export function parseParams(contentType: string | undefined, body: Buffer, query: URLSearchParams): Params {
  const values: Record<string, unknown> = Object.fromEntries(query);
  const type = (contentType ?? "").toLowerCase();
  if (body.length === 0) return new Params(values);
  if (type.startsWith("application/json")) {
    const parsed: unknown = parseJson(body);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw badRequest("request body must be a JSON object");
    }
    return new Params({ ...values, ...(parsed as Record<string, unknown>) });
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = boundaryOf(contentType ?? "");
    if (!boundary) throw badRequest("multipart boundary is missing");
    const { fields, files } = parseMultipart(body, boundary);
    return new Params({ ...values, ...Object.fromEntries(fields) }, files);
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return new Params({ ...values, ...Object.fromEntries(new URLSearchParams(body.toString("utf8"))) });
  }
  return new Params(values);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    throw badRequest("can't parse JSON request body");
  }
}

/** Narrows a parsed JSON value to an object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
