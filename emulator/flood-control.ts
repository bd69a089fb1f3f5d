// Telegram's flood limits, when a test asks for them: at most `globalPerSecond` messages in any second and
// one per chat every 1/perChatPerSecond seconds; beyond that a 429 "Too Many Requests: retry after N" with
// parameters.retry_after, as api.telegram.org answers. `every` also refuses every Nth message on its own,
// for dispatchers that never go fast enough to meet the limits.
import { ApiError } from "./api-error.js";

export interface FloodLimits {
  globalPerSecond?: number;
  perChatPerSecond?: number;
  /** Refuse every Nth message with a 429 of `retryAfterSeconds` (default 1). */
  injectEvery?: number;
  retryAfterSeconds?: number;
}

export interface FloodStats {
  accepted: number;
  refused: number;
}

/** The calls that send a message count; reading, answering callbacks and chat actions do not. */
const COUNTED = /^(send(?!ChatAction)\w+|copyMessages?|forwardMessages?)$/;

export class FloodControl {
  private readonly recent: number[] = [];
  private readonly lastByChat = new Map<string, number>();
  private seen = 0;
  readonly stats: FloodStats = { accepted: 0, refused: 0 };

  constructor(private readonly limits: FloodLimits) {}

  /** Throws the 429 Telegram would answer, or counts the message as sent. */
  check(method: string, chatId: string | undefined, nowMs = Date.now()): void {
    if (!COUNTED.test(method)) return;
    this.seen += 1;
    const { globalPerSecond, perChatPerSecond, injectEvery } = this.limits;
    if (injectEvery && this.seen % injectEvery === 0) this.refuse(this.limits.retryAfterSeconds ?? 1);
    while (this.recent.length > 0 && this.recent[0]! <= nowMs - 1000) this.recent.shift();
    if (globalPerSecond && this.recent.length >= globalPerSecond) this.refuse(Math.ceil((this.recent[0]! + 1000 - nowMs) / 1000));
    if (perChatPerSecond && chatId !== undefined) {
      const last = this.lastByChat.get(chatId);
      const gap = 1000 / perChatPerSecond;
      if (last !== undefined && nowMs - last < gap) this.refuse(Math.ceil((last + gap - nowMs) / 1000));
      this.lastByChat.set(chatId, nowMs);
    }
    this.recent.push(nowMs);
    this.stats.accepted += 1;
  }

  private refuse(retryAfter: number): never {
    this.stats.refused += 1;
    const seconds = Math.max(1, retryAfter);
    throw new ApiError(429, `Too Many Requests: retry after ${seconds}`, { retry_after: seconds });
  }
}
