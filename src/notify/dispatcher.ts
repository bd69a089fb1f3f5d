// The one dispatcher: drains the outbox in every process. Woken at once when a use case has written rows,
// otherwise it looks every few seconds for rows whose notBefore has come. Within a process, passes never
// overlap; across processes, claims (FOR UPDATE SKIP LOCKED, with a lease) keep each row to one sender.
import type { Language, Translate } from "../bot/i18n.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Logger } from "../logger.js";
import type { BotApiCaller } from "./bot-api-caller.js";
import { DEFAULT_RETRY, type RetryPolicy } from "./classify-answer.js";
import { dispatchBatch, noCounts, sleep, type BatchDeps, type DispatchCounts } from "./dispatch-batch.js";
import { claimDueRows } from "./outbox-store.js";
import { RateLimiter, TELEGRAM_LIMITS, type RateLimits } from "./rate-limiter.js";

export type { DispatchCounts } from "./dispatch-batch.js";

export interface DispatcherDeps {
  domain: DomainDeps;
  api: BotApiCaller;
  t: (language: Language) => Translate;
  logger: Logger;
  limits?: RateLimits;
  retry?: RetryPolicy;
  /** How long a claimed row is ours; a crashed process's rows are taken again after it. */
  leaseMs?: number;
  /** Calls in flight at once: few, since parallel requests do not see each other's 429. */
  concurrency?: number;
  /** Without a wake, look for due rows this often; Infinity: only when woken or drained (tests). */
  pollMs?: number;
}

export interface Dispatcher {
  /** A use case has written rows: look now. */
  wake(): void;
  /** Sends every due row, after any pass already running; resolves with what this call delivered. */
  drain(): Promise<DispatchCounts>;
  start(): void;
  stop(): Promise<void>;
}

export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const limits = deps.limits ?? TELEGRAM_LIMITS;
  const leaseMs = deps.leaseMs ?? 60_000;
  const pollMs = deps.pollMs ?? 2_000;
  const state = { running: false, stopping: false, woken: false, wakeUp: undefined as (() => void) | undefined };
  const batch: BatchDeps = {
    ...deps,
    limiter: new RateLimiter(limits),
    retry: deps.retry ?? DEFAULT_RETRY,
    concurrency: deps.concurrency ?? 3,
    leaseMarginMs: Math.min(10_000, leaseMs / 4),
    stopping: () => state.stopping,
  };
  const exclusive = serialise();
  const drainOnce = () => drainDue(batch, leaseMs, Math.max(1, Math.ceil(limits.globalPerSecond)));
  const loop = async () => {
    while (state.running) {
      state.woken = false;
      await exclusive(drainOnce).catch((error: unknown) => deps.logger.error({ err: error }, "outbox dispatch failed"));
      if (!state.running || state.woken) continue;
      await new Promise<void>((resolve) => {
        state.wakeUp = resolve;
        if (Number.isFinite(pollMs)) setTimeout(resolve, pollMs).unref();
      });
      state.wakeUp = undefined;
    }
  };
  let looping: Promise<void> = Promise.resolve();

  return {
    wake() {
      state.woken = true;
      state.wakeUp?.();
    },
    drain: () => exclusive(drainOnce),
    start() {
      if (state.running) return;
      Object.assign(state, { running: true, stopping: false });
      looping = loop();
    },
    async stop() {
      Object.assign(state, { running: false, stopping: true });
      state.wakeUp?.();
      await looping;
      await exclusive(async () => undefined);
      state.stopping = false;
    },
  };
}

/** Claims and sends due rows, a second's worth at a time, until none is due (or the dispatcher stops). */
async function drainDue(batch: BatchDeps, leaseMs: number, claimSize: number): Promise<DispatchCounts> {
  const counts = noCounts();
  for (;;) {
    if (batch.stopping()) return counts;
    const paused = batch.limiter.pausedFor();
    if (paused > 0) await sleep(paused);
    const rows = await claimDueRows(batch.domain.db, batch.domain.now(), leaseMs, claimSize);
    if (rows.length === 0) return counts;
    await dispatchBatch(batch, rows, counts);
  }
}

/** Runs the given functions one after another, never two at once, whatever each one's outcome. */
function serialise(): <T>(fn: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const result = chain.then(fn);
    chain = result.catch(() => undefined);
    return result;
  };
}
