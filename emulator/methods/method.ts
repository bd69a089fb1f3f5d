import { badRequest } from "../api-error.js";
import type { EmulatedBotApi } from "../bot-api.js";
import type { ChatState } from "../chat-store.js";
import type { Params } from "../request-params.js";

export interface CallContext {
  /** Aborts when the HTTP client hangs up (e.g. grammY cancelling a long poll on stop). */
  signal: AbortSignal;
}

/** One Bot API method: returns the `result`, or throws an ApiError. */
export type MethodHandler = (api: EmulatedBotApi, params: Params, context: CallContext) => unknown;

export type MethodTable = Record<string, MethodHandler>;

/** The chat a `chat_id` parameter names; "@username" never resolves here (private chats only). */
export function targetChat(api: EmulatedBotApi, params: Params): ChatState {
  const raw = params.string("chat_id");
  if (raw === undefined || raw === "") throw badRequest("chat_id is empty");
  const chatId = Number(raw);
  if (!Number.isInteger(chatId)) throw badRequest("chat not found");
  return api.chats.require(chatId);
}
