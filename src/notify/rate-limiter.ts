// Telegram's limits for one bot: about 30 messages a second in all and one a second per chat; a 429 says how
// long the whole bot must wait. Real time (not the domain clock): these are the API's seconds.

export interface RateLimits {
  globalPerSecond: number;
  perChatPerSecond: number;
}

export const TELEGRAM_LIMITS: RateLimits = { globalPerSecond: 30, perChatPerSecond: 1 };

export class RateLimiter {
  private nextGlobalAt = 0;
  private readonly nextChatAt = new Map<string, number>();
  private pausedUntil = 0;

  constructor(private readonly limits: RateLimits = TELEGRAM_LIMITS) {}

  /** 0 when a message to this chat may go now (and the slot is taken), else how many ms to wait. */
  tryTake(chatId: string, nowMs = Date.now()): number {
    const wait = Math.max(this.pausedUntil, this.nextGlobalAt, this.nextChatAt.get(chatId) ?? 0) - nowMs;
    if (wait > 0) return wait;
    this.nextGlobalAt = nowMs + 1000 / this.limits.globalPerSecond;
    this.nextChatAt.set(chatId, nowMs + 1000 / this.limits.perChatPerSecond);
    if (this.nextChatAt.size > 10_000) this.forgetPast(nowMs);
    return 0;
  }

  /** A 429: nothing goes until then, to any chat. */
  pause(ms: number, nowMs = Date.now()): void {
    this.pausedUntil = Math.max(this.pausedUntil, nowMs + ms);
  }

  /** How long the whole dispatcher still waits for a 429 (0 when not paused). */
  pausedFor(nowMs = Date.now()): number {
    return Math.max(0, this.pausedUntil - nowMs);
  }

  private forgetPast(nowMs: number): void {
    for (const [chat, at] of this.nextChatAt) if (at <= nowMs) this.nextChatAt.delete(chat);
  }
}
