// Retries of Bot API calls, bounded in attempts AND in total waiting: a flood wait or an outage longer than the
// budget is surfaced to the caller (who tells the person or leaves the work for later) instead of holding a
// handler for an hour, as auto-retry's unbounded network backoff would.
import { HttpError, type Transformer } from "grammy";

export interface RetryBudget {
  /** Tries in all, the first included. */
  attempts: number;
  /** The most this call may spend waiting between tries. */
  totalWaitMs: number;
}

/** For a person waiting on an answer. */
export const INTERACTIVE_RETRY: RetryBudget = { attempts: 4, totalWaitMs: 15_000 };

const FIRST_BACKOFF_MS = 500;

type Signal = { readonly aborted: boolean; addEventListener(type: "abort", listener: () => void): void };
type Sleep = (ms: number, signal?: Signal) => Promise<void>;

const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new Error("aborted while waiting to retry"));
    });
  });

export function boundedRetry(budget: RetryBudget = INTERACTIVE_RETRY, wait: Sleep = sleep): Transformer {
  return async (prev, method, payload, signal) => {
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const backoff = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
      const canWait = (ms: number) => attempt < budget.attempts && waited + ms <= budget.totalWaitMs && !signal?.aborted;
      let result;
      try {
        result = await prev(method, payload, signal);
      } catch (error) {
        if (!(error instanceof HttpError) || !canWait(backoff)) throw error;
        waited += backoff;
        await wait(backoff, signal);
        continue;
      }
      if (result.ok) return result;
      const retryAfter = result.parameters?.retry_after;
      const delay = typeof retryAfter === "number" ? retryAfter * 1000 : result.error_code >= 500 ? backoff : undefined;
      if (delay === undefined || !canWait(delay)) return result;
      waited += delay;
      await wait(delay, signal);
    }
  };
}
