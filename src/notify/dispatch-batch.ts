// One batch of claimed rows through the limits: a few calls in flight, each chat at most once a second, the
// whole bot about 30 a second; a 429 stops the batch (the rest go back to the queue) and pauses everyone.
import type { Language, Translate } from "../bot/i18n.js";
import type { DomainDeps } from "../domain/deps.js";
import { markBotBlocked } from "../domain/people/mark-bot-blocked.js";
import type { Logger } from "../logger.js";
import type { BotApiCaller } from "./bot-api-caller.js";
import { classifyAnswer, type RetryPolicy, type Verdict } from "./classify-answer.js";
import { recordOutcome, type ClaimedRow, type Outcome } from "./outbox-store.js";
import { isPrepared, prepareCall, type PreparedCall } from "./prepare-call.js";
import type { RateLimiter } from "./rate-limiter.js";

export interface BatchDeps {
  domain: DomainDeps;
  api: BotApiCaller;
  t: (language: Language) => Translate;
  logger: Logger;
  limiter: RateLimiter;
  retry: RetryPolicy;
  concurrency: number;
  /** A row whose lease has less than this left is put back rather than sent: another process may take it. */
  leaseMarginMs: number;
  stopping(): boolean;
}

export interface DispatchCounts {
  sent: number;
  blocked: number;
  failed: number;
}

export const noCounts = (): DispatchCounts => ({ sent: 0, blocked: 0, failed: 0 });

interface Ready {
  row: ClaimedRow;
  call: PreparedCall;
}

export async function dispatchBatch(deps: BatchDeps, rows: ClaimedRow[], counts: DispatchCounts): Promise<void> {
  const ready: Ready[] = [];
  for (const row of rows) {
    const prepared = await prepareCall(deps.domain.db, deps.t, row, deps.domain.now());
    if (isPrepared(prepared)) ready.push({ row, call: prepared });
    else await finish(deps, row, prepared, counts);
  }
  const worker = async () => {
    for (;;) {
      if (ready.length === 0 || deps.stopping() || deps.limiter.pausedFor() > 0) return;
      const next = takeNext(deps.limiter, ready);
      if (typeof next === "number") {
        await sleep(next);
        continue;
      }
      if (next.row.claimedUntil.getTime() - deps.domain.now().getTime() < deps.leaseMarginMs) {
        await finish(deps, next.row, { status: "QUEUED", notBefore: deps.domain.now(), countAttempt: false }, counts);
        continue;
      }
      await sendOne(deps, next, counts);
    }
  };
  await Promise.all(Array.from({ length: deps.concurrency }, worker));
  // Stopped or paused by a 429: what was not sent goes back to the queue as it was.
  for (const { row } of ready) await finish(deps, row, { status: "QUEUED", notBefore: deps.domain.now(), countAttempt: false }, counts);
}

/** The first row whose chat may be written to now (its slot taken), or how long until one may. */
function takeNext(limiter: RateLimiter, ready: Ready[]): Ready | number {
  let wait = Infinity;
  for (let i = 0; i < ready.length; i++) {
    const w = limiter.tryTake(String(ready[i]!.call.chatId));
    if (w === 0) return ready.splice(i, 1)[0]!;
    wait = Math.min(wait, w);
  }
  return Math.max(1, Math.ceil(wait));
}

async function sendOne(deps: BatchDeps, { row, call }: Ready, counts: DispatchCounts): Promise<void> {
  let answer: { result: unknown } | { error: unknown };
  try {
    answer = { result: await deps.api.call(call.method, call.payload) };
  } catch (error) {
    answer = { error };
  }
  const verdict: Verdict = classifyAnswer(call, row.attempts, answer, deps.domain.now(), deps.retry);
  if (verdict.pauseMs) {
    deps.limiter.pause(verdict.pauseMs);
    deps.logger.warn({ outboxId: row.id, pauseMs: verdict.pauseMs }, "Telegram asked to slow down; every send waits");
  }
  await finish(deps, row, verdict, counts);
  if (verdict.personBlocked) await markBotBlocked(deps.domain, { personId: row.personId });
}

async function finish(deps: BatchDeps, row: ClaimedRow, outcome: Outcome, counts: DispatchCounts): Promise<void> {
  await recordOutcome(deps.domain.db, row, outcome, deps.domain.now());
  if (outcome.status === "SENT") counts.sent += 1;
  else if (outcome.status === "BLOCKED") counts.blocked += 1;
  else if (outcome.status === "FAILED") {
    counts.failed += 1;
    deps.logger.warn({ outboxId: row.id, kind: row.kind, personId: row.personId, reason: outcome.reason }, "notice not delivered");
  } else if (outcome.status === "QUEUED" && outcome.reason && outcome.countAttempt) {
    deps.logger.info({ outboxId: row.id, attempts: row.attempts, reason: outcome.reason, retryAt: outcome.notBefore }, "notice will be retried");
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
