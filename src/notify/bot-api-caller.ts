// The one Bot API call the dispatcher needs, and what a refusal says. The dispatcher gets its own grammY Api
// without auto-retry: a 429 must pause every send, not hold one request while the others carry on.
import { Api, GrammyError } from "grammy";

export interface BotApiCaller {
  call(method: string, payload: Record<string, unknown>): Promise<unknown>;
}

export interface ApiRefusal {
  code: number;
  description: string;
  retryAfterSeconds?: number;
}

export function grammyCaller(token: string, apiRoot?: string): BotApiCaller {
  const api = new Api(token, apiRoot ? { apiRoot } : undefined);
  const raw = api.raw as unknown as Record<string, (payload: Record<string, unknown>) => Promise<unknown>>;
  return { call: (method, payload) => raw[method]!(payload) };
}

/** Telegram's answer to a refused call; undefined for network failures and anything else. */
export function apiRefusal(error: unknown): ApiRefusal | undefined {
  if (!(error instanceof GrammyError)) return undefined;
  const retryAfter = error.parameters.retry_after;
  return { code: error.error_code, description: error.description, ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}) };
}
