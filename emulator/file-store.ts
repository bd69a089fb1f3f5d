import { randomBytes } from "node:crypto";
import { badRequest } from "./api-error.js";
import type { FileArgument } from "./request-params.js";

export type FileKind = "document" | "photo";

/** A file Telegram "has": uploaded by a user or by the bot. */
export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  /** The path under /file/bot<token>/ that downloads it. */
  filePath: string;
  kind: FileKind;
  filename: string;
  mimeType: string | undefined;
  content: Buffer;
  /** Set when the bot sent a URL: the emulator is offline and does not fetch it. */
  sourceUrl?: string;
}

const FOLDERS: Record<FileKind, string> = { document: "documents", photo: "photos" };

export class FileStore {
  private readonly byFileId = new Map<string, StoredFile>();
  private readonly byFilePath = new Map<string, StoredFile>();
  private counter = 0;

  add(kind: FileKind, filename: string, content: Buffer, mimeType?: string, sourceUrl?: string): StoredFile {
    this.counter += 1;
    const extension = /\.[A-Za-z0-9]+$/.exec(filename)?.[0] ?? "";
    const file: StoredFile = {
      // Opaque like Telegram's, but readable enough to debug a test.
      fileId: `${kind}-${this.counter}-${randomBytes(6).toString("hex")}`,
      fileUniqueId: `u${this.counter}${randomBytes(3).toString("hex")}`,
      filePath: `${FOLDERS[kind]}/file_${this.counter}${extension}`,
      kind,
      filename,
      mimeType,
      content,
      ...(sourceUrl !== undefined ? { sourceUrl } : {}),
    };
    this.byFileId.set(file.fileId, file);
    this.byFilePath.set(file.filePath, file);
    return file;
  }

  byId(fileId: string): StoredFile | undefined {
    return this.byFileId.get(fileId);
  }

  byPath(filePath: string): StoredFile | undefined {
    return this.byFilePath.get(filePath);
  }

  /** Turns a file argument of a send method into a stored file. */
  resolve(argument: FileArgument, kind: FileKind): StoredFile {
    switch (argument.kind) {
      case "upload": {
        const { filename, contentType, content } = argument.file;
        const mime = contentType === "application/octet-stream" ? guessMimeType(filename) : (contentType ?? guessMimeType(filename));
        return this.add(kind, filename, content, mime);
      }
      case "file_id": {
        const known = this.byId(argument.fileId);
        if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
        return known;
      }
      case "url": {
        const name = decodeURIComponent(new URL(argument.url).pathname.split("/").pop() ?? "") || "file";
        return this.add(kind, name, Buffer.alloc(0), guessMimeType(name), argument.url);
      }
    }
  }
}

const MIME_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".csv": "text/csv",
  ".txt": "text/plain",
  ".json": "application/json",
  ".zip": "application/zip",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
};

/**
 * grammY uploads every file as application/octet-stream; Telegram derives the
 * MIME type from the name, and bots read `document.mime_type`, so do the same.
 */
export function guessMimeType(filename: string): string | undefined {
  const extension = /\.[A-Za-z0-9]+$/.exec(filename)?.[0]?.toLowerCase() ?? "";
  return MIME_TYPES[extension];
}
