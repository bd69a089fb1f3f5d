// What the Bot API's answer means for the row: sent; a 429 (pause everyone, try the row again, no attempt
// counted); 403 (blocked: mark the person, end the row); 400 (a bad message: end the row, never retry); any
// other failure is passing and retried with back-off until the attempts run out.
import { apiRefusal } from "./bot-api-caller.js";
import type { Outcome } from "./outbox-store.js";
import type { PreparedCall } from "./prepare-call.js";

export interface RetryPolicy {
  maxAttempts: number;
  /** Back-off of the first retry; each next one is four times longer, at most an hour. */
  firstRetryMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, firstRetryMs: 5_000 };

export type Verdict = Outcome & { pauseMs?: number; personBlocked?: boolean };

export function classifyAnswer(call: PreparedCall, attempts: number, answer: { result: unknown } | { error: unknown }, now: Date, retry: RetryPolicy): Verdict {
  if ("result" in answer) {
    const messageId = typeof answer.result === "object" && answer.result !== null ? (answer.result as { message_id?: number }).message_id ?? null : null;
    const earlierId = typeof call.payload.message_id === "number" ? call.payload.message_id : null;
    return { status: "SENT", chatId: call.chatId, messageId: messageId ?? earlierId };
  }
  const refusal = apiRefusal(answer.error);
  const reason = refusal ? `${refusal.code}: ${refusal.description}` : answer.error instanceof Error ? answer.error.message : String(answer.error);
  if (refusal?.code === 429) {
    return { status: "QUEUED", notBefore: now, reason, countAttempt: false, pauseMs: (refusal.retryAfterSeconds ?? 1) * 1000 };
  }
  if (refusal?.code === 403) return { status: "BLOCKED", reason, personBlocked: true };
  if (refusal?.code === 400) {
    // An edit that changes nothing did what it was asked.
    if (call.method === "editMessageText" && /not modified/i.test(refusal.description)) return { status: "SENT", chatId: call.chatId, messageId: Number(call.payload.message_id) };
    return { status: "FAILED", reason };
  }
  if (attempts >= retry.maxAttempts) return { status: "FAILED", reason: `gave up after ${attempts} attempts: ${reason}` };
  const delay = Math.min(3600_000, retry.firstRetryMs * 4 ** (attempts - 1));
  return { status: "QUEUED", notBefore: new Date(now.getTime() + delay), reason, countAttempt: true };
}
