import { ApiError, conflict } from "./api-error.js";

/**
 * grammY's bot.stop() aborts its long poll and at once sends a final
 * getUpdates, which often arrives before the server notices the aborted
 * connection. Only a poll whose client is still there after this grace
 * period is a real second bot instance.
 */
const TAKEOVER_GRACE_MS = 100;

/** One waiting getUpdates request. */
export class Poll {
  private readonly own = new AbortController();
  /** Aborts when the client hangs up, or with the ApiError that ends this poll. */
  readonly signal: AbortSignal;
  /** Another getUpdates arrived: this one must not take updates any more. */
  superseded = false;

  constructor(clientSignal: AbortSignal) {
    this.signal = AbortSignal.any([clientSignal, this.own.signal]);
  }

  supersede(reason: ApiError): void {
    this.superseded = true;
    const timer = setTimeout(() => this.own.abort(reason), TAKEOVER_GRACE_MS);
    this.signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  }

  end(reason: ApiError): void {
    this.own.abort(reason);
  }

  /** Resolves once the poll was aborted; only awaited after supersede(), which guarantees that. */
  ended(): Promise<void> {
    if (this.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => this.signal.addEventListener("abort", () => resolve(), { once: true }));
  }

  /** The error this poll must answer with, if another request ended it. */
  endedWith(): ApiError | undefined {
    const reason: unknown = this.own.signal.reason;
    return reason instanceof ApiError ? reason : undefined;
  }
}

/**
 * Telegram allows one getUpdates at a time: a second one (another bot
 * instance) ends the waiting one with 409 Conflict, so a bot accidentally
 * started twice fails loudly in tests too.
 */
export class PollingGate {
  private current: Poll | undefined;

  begin(clientSignal: AbortSignal): Poll {
    this.current?.supersede(
      conflict("terminated by other getUpdates request; make sure that only one bot instance is running"),
    );
    const poll = new Poll(clientSignal);
    this.current = poll;
    return poll;
  }

  finish(poll: Poll): void {
    if (this.current === poll) this.current = undefined;
  }

  /** Ends the waiting poll at once (setWebhook). */
  cancel(reason: ApiError): void {
    this.current?.end(reason);
    this.current = undefined;
  }
}
