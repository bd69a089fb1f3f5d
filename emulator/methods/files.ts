import { badRequest } from "../api-error.js";
import type { EmulatedBotApi } from "../bot-api.js";
import type { FileKind, StoredFile } from "../file-store.js";
import type { Params } from "../request-params.js";
import { targetChat, type MethodTable } from "./method.js";
import { captionContent, sendBotMessage } from "./outgoing.js";

export const fileMethods: MethodTable = {
  sendDocument(api, params) {
    const chat = targetChat(api, params);
    const file = resolveFile(api, params, "document");
    const document = {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_name: file.filename,
      file_size: file.content.length,
      ...(file.mimeType ? { mime_type: file.mimeType } : {}),
    };
    return sendBotMessage(api, chat, params, { document, ...captionContent(params) }, file);
  },

  sendPhoto(api, params) {
    const chat = targetChat(api, params);
    const file = resolveFile(api, params, "photo");
    // The emulator does not decode images, so the one size it reports has no dimensions.
    const photo = [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 0, height: 0, file_size: file.content.length }];
    return sendBotMessage(api, chat, params, { photo, ...captionContent(params) }, file);
  },

  getFile(api, params) {
    const file = api.files.byId(params.string("file_id") ?? "");
    if (!file) throw badRequest("invalid file_id");
    return {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_size: file.content.length,
      file_path: file.filePath,
    };
  },
};

function resolveFile(api: EmulatedBotApi, params: Params, kind: FileKind): StoredFile {
  const argument = params.file(kind);
  if (!argument) throw badRequest(`there is no ${kind} in the request`);
  return api.files.resolve(argument, kind);
}
