import type { Update } from "grammy/types";
import { unixTime } from "./clock.js";
import type { EventHub } from "./events.js";
import type { UpdateQueue } from "./update-queue.js";

export interface WebhookConfig {
  url: string;
  secretToken: string | undefined;
  maxConnections: number;
}

/** A method call the bot returned in its webhook response body ("webhook reply"). */
export type WebhookReplyExecutor = (method: string, payload: Record<string, unknown>) => Promise<void>;

export interface Redelivery {
  /** Deliveries in all, the first included. */
  attempts: number;
  delayMs: number;
}

/** How long Telegram waits for a webhook to answer. */
const DELIVERY_TIMEOUT_MS = 60_000;

/**
 * Delivers updates to the bot's webhook the way Telegram does: a JSON POST
 * with the secret token header, one update at a time per chat (so a chat's
 * updates stay in order), different chats in parallel.
 *
 * Unlike Telegram, a failed delivery is not retried: the update fails (its
 * sender's `send()` rejects with the reason) so a broken webhook shows up at
 * once in a test instead of as a retry loop.
 */
export class WebhookDispatcher {
  private config: WebhookConfig | undefined;
  private lastError: { date: number; message: string } | undefined;
  private readonly chains = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<number>();
  private readonly stopping = new AbortController();
  private redelivery: Redelivery = { attempts: 1, delayMs: 0 };

  constructor(
    private readonly queue: UpdateQueue,
    private readonly events: EventHub,
    private readonly executeReply: WebhookReplyExecutor,
  ) {
    queue.onPush(() => this.flush());
  }

  get current(): WebhookConfig | undefined {
    return this.config;
  }

  set(config: WebhookConfig): void {
    this.config = config;
    this.flush();
  }

  /** Telegram resends an update its webhook did not accept; by default the emulator fails it at once instead. */
  setRedelivery(redelivery: Redelivery): void {
    this.redelivery = redelivery;
  }

  clear(): void {
    this.config = undefined;
  }

  /** Stops in-flight deliveries (server shutdown). */
  close(): void {
    this.stopping.abort();
  }

  info(): Record<string, unknown> {
    return {
      url: this.config?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: this.queue.size,
      ...(this.config ? { max_connections: this.config.maxConnections } : {}),
      ...(this.queue.allowedUpdates ? { allowed_updates: this.queue.allowedUpdates } : {}),
      ...(this.lastError ? { last_error_date: this.lastError.date, last_error_message: this.lastError.message } : {}),
    };
  }

  private flush(): void {
    if (!this.config) return;
    for (const update of this.queue.deliverable()) {
      if (this.inFlight.has(update.update_id)) continue;
      this.inFlight.add(update.update_id);
      const key = chainKey(update);
      const previous = this.chains.get(key) ?? Promise.resolve();
      const next = previous.then(() => this.deliver(update));
      this.chains.set(key, next);
      void next.then(() => {
        if (this.chains.get(key) === next) this.chains.delete(key);
      });
    }
  }

  private async deliver(update: Update): Promise<void> {
    const config = this.config;
    try {
      // The webhook was deleted meanwhile: leave the update for getUpdates.
      if (!config) return;
      for (let attempt = 1; ; attempt++) {
        try {
          await this.post(config, update);
          break;
        } catch (error) {
          if (attempt >= this.redelivery.attempts || this.stopping.signal.aborted) throw error;
          const reason = error instanceof Error ? error.message : String(error);
          this.events.emit({ type: "webhook-error", updateId: update.update_id, reason: `${reason} (will resend)` });
          await new Promise((resolve) => setTimeout(resolve, this.redelivery.delayMs));
        }
      }
      this.queue.settle(update.update_id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.lastError = { date: unixTime(), message: reason };
      this.events.emit({ type: "webhook-error", updateId: update.update_id, reason });
      this.queue.settle(update.update_id, new Error(`Webhook delivery of update #${update.update_id} failed: ${reason}`));
    } finally {
      this.inFlight.delete(update.update_id);
    }
  }

  private async post(config: WebhookConfig, update: Update): Promise<void> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (config.secretToken) headers["x-telegram-bot-api-secret-token"] = config.secretToken;
    const response = await fetch(config.url, {
      method: "POST",
      headers,
      body: JSON.stringify(update),
      signal: AbortSignal.any([this.stopping.signal, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`Wrong response from the webhook: ${response.status} ${response.statusText}`);
    const reply = parseWebhookReply(body);
    if (reply) await this.executeReply(reply.method, reply.payload);
  }
}

/** Updates of one chat are delivered in order; updates without a chat go one by one too. */
function chainKey(update: Update): string {
  const chatId =
    update.message?.chat.id ??
    update.callback_query?.message?.chat.id ??
    update.my_chat_member?.chat.id ??
    update.callback_query?.from.id;
  return chatId === undefined ? "no-chat" : String(chatId);
}

function parseWebhookReply(body: string): { method: string; payload: Record<string, unknown> } | undefined {
  if (!body.trim().startsWith("{")) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || !("method" in parsed) || typeof parsed.method !== "string") {
    return undefined;
  }
  const { method, ...payload } = parsed as Record<string, unknown> & { method: string };
  return { method, payload };
}
