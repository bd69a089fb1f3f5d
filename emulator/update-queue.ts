import type { Update } from "grammy/types";

/** Update types Telegram only sends to bots that list them in allowed_updates. */
const OPT_IN_TYPES: ReadonlySet<string> = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

interface PendingUpdate {
  update: Update;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** The kind of an update: its one field besides `update_id`. */
function updateType(update: Update): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "unknown";
}

/**
 * The bot's pending updates, kept until confirmed exactly as Telegram does:
 * an update stays in the queue (and is returned again by every getUpdates)
 * until the bot asks for a higher offset, or its webhook accepted it.
 * Each update carries a promise that settles at that moment, which is how a
 * simulated user knows the bot has finished handling what it sent.
 */
export class UpdateQueue {
  private lastUpdateId = 0;
  private pending: PendingUpdate[] = [];
  /** undefined: Telegram's default set (everything but the opt-in types). */
  private allowed: ReadonlySet<string> | undefined;
  private readonly pushListeners = new Set<() => void>();
  /** Confirmed by offset but, with handling tracked, not yet reported handled by the bot's runner. */
  private readonly awaitingHandled = new Map<number, PendingUpdate>();
  private trackHandled = false;
  /** Reported handled before the runner's next getUpdates confirmed them. */
  private readonly handledEarly = new Set<number>();

  /**
   * A concurrent runner (grammY runner) confirms an update by fetching the next batch before it has handled
   * it; the bot then reports each update handled itself (`handled(id)`), which is when its sender stops waiting.
   */
  trackHandling(): void {
    this.trackHandled = true;
  }

  handled(updateId: number): void {
    const entry = this.awaitingHandled.get(updateId);
    if (!entry) return void this.handledEarly.add(updateId);
    this.awaitingHandled.delete(updateId);
    entry.resolve();
  }

  push(build: (updateId: number) => Update): { update: Update; handled: Promise<void> } {
    this.lastUpdateId += 1;
    const update = build(this.lastUpdateId);
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const handled = new Promise<void>((onResolve, onReject) => {
      resolve = onResolve;
      reject = onReject;
    });
    // Whoever pushed may stop waiting (a timeout); a later rejection must not
    // then surface as an unhandled rejection.
    handled.catch(() => undefined);
    this.pending.push({ update, resolve, reject });
    for (const listener of this.pushListeners) listener();
    return { update, handled };
  }

  /** Subscribes to new updates; returns the function that unsubscribes. */
  onPush(listener: () => void): () => void {
    this.pushListeners.add(listener);
    return () => this.pushListeners.delete(listener);
  }

  /** Resolves when an update is pushed, the time is up, or the signal aborts. */
  waitForPush(timeoutMs: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      const unsubscribe = this.onPush(done);
      signal.addEventListener("abort", done);
    });
  }

  /**
   * getUpdates' `offset`: updates below it are confirmed (handled). A
   * negative offset keeps only the last -offset updates.
   */
  confirm(offset: number): void {
    const keepFrom = offset < 0 ? Math.max(0, this.pending.length + offset) : this.pending.findIndex((p) => p.update.update_id >= offset);
    const confirmed = keepFrom === -1 ? this.pending : this.pending.slice(0, keepFrom);
    this.pending = keepFrom === -1 ? [] : this.pending.slice(keepFrom);
    for (const entry of confirmed) {
      const id = entry.update.update_id;
      if (this.trackHandled && !this.handledEarly.delete(id)) this.awaitingHandled.set(id, entry);
      else entry.resolve();
    }
  }

  /** Deliverable updates from `offset` on, oldest first. */
  deliverable(offset = 0, limit = Infinity): Update[] {
    this.rejectDisallowed();
    return this.pending
      .filter((entry) => entry.update.update_id >= offset)
      .slice(0, limit)
      .map((entry) => entry.update);
  }

  /** Marks one update handled (webhook answered 2xx) or failed. */
  settle(updateId: number, error?: Error): void {
    const entry = this.pending.find((p) => p.update.update_id === updateId);
    if (!entry) return;
    this.pending = this.pending.filter((p) => p !== entry);
    if (error) entry.reject(error);
    else entry.resolve();
  }

  /** drop_pending_updates: the bot will never see them. */
  dropAll(reason: string): void {
    const dropped = this.pending;
    this.pending = [];
    for (const entry of dropped) {
      entry.reject(new Error(`Update #${entry.update.update_id} was dropped: ${reason}`));
    }
  }

  /** An empty list means Telegram's default; undefined keeps the previous setting. */
  setAllowedUpdates(types: readonly string[] | undefined): void {
    if (types === undefined) return;
    this.allowed = types.length === 0 ? undefined : new Set(types);
  }

  get allowedUpdates(): string[] | undefined {
    return this.allowed ? [...this.allowed] : undefined;
  }

  get size(): number {
    return this.pending.length;
  }

  /** Telegram silently skips updates the bot did not ask for; surface that instead. */
  private rejectDisallowed(): void {
    for (const entry of [...this.pending]) {
      const type = updateType(entry.update);
      const allowed = this.allowed ? this.allowed.has(type) : !OPT_IN_TYPES.has(type);
      if (!allowed) {
        const list = this.allowed ? [...this.allowed].join(", ") : "default";
        this.settle(
          entry.update.update_id,
          new Error(`Update #${entry.update.update_id} (${type}) was not delivered: allowed_updates (${list}) excludes it`),
        );
      }
    }
  }
}
