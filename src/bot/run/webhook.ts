// Webhook mode. Telegram gets its answer in time, whatever the handler does: a handled update answers 200; one
// still running when the time is up answers 200 too and keeps running (its lease renewed); a failure answers 5xx
// so Telegram sends the update again. Nothing here can reject unhandled, and an update is marked done only
// after it was handled (see update-claims.ts), so a process killed mid-update does not lose it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { timingSafeEqual, randomUUID } from "node:crypto";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";
import { DEFAULT_LEASE_MS, type UpdateClaims } from "./update-claims.js";

export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

/** Under grammY's and Telegram's webhook timeouts, so Telegram never sees a timed-out request. */
const ANSWER_WITHIN_MS = 8_000;
const MAX_BODY_BYTES = 1_000_000;

export interface WebhookOptions {
  bot: Bot<BotContext>;
  claims: UpdateClaims;
  secret: string;
  path: string;
  logger: Logger;
  answerWithinMs?: number;
  renewEveryMs?: number;
}

export type WebhookHandler = ((req: IncomingMessage, res: ServerResponse) => void) & {
  /** Resolves when every update accepted so far has been handled (for a clean stop). */
  idle(): Promise<void>;
};

export function webhookHandler(options: WebhookOptions): WebhookHandler {
  const { claims, logger } = options;
  const answerWithinMs = options.answerWithinMs ?? ANSWER_WITHIN_MS;
  const renewEveryMs = options.renewEveryMs ?? DEFAULT_LEASE_MS / 3;
  const chats = new ChatQueues();
  const secret = Buffer.from(options.secret);

  const accept = async (update: Update): Promise<number> => {
    let claim;
    try {
      claim = await claims.claim(update.update_id);
    } catch (error) {
      logger.warn({ err: error, update_id: update.update_id }, "could not claim an update (database unavailable?); Telegram will resend it");
      return 503;
    }
    if (claim === "done") return 200;
    // Another process (or this one, before Telegram gave up waiting) holds it: ask Telegram to come back later,
    // so the update is not lost if that holder dies.
    if (claim === "busy") return 503;
    return answerInTime(
      chats.run(chatKey(update), () => handleClaimed(options, renewEveryMs, update)),
      answerWithinMs,
    );
  };

  const handler = ((req, res) => {
    respond(req, res).catch((error: unknown) => {
      logger.error({ err: error, error_id: randomUUID() }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  }) as WebhookHandler;
  handler.idle = () => chats.idle();

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "POST" || new URL(req.url ?? "/", "http://x").pathname !== options.path) return void res.writeHead(404).end();
    const given = Buffer.from(String(req.headers["x-telegram-bot-api-secret-token"] ?? ""));
    if (given.length !== secret.length || !timingSafeEqual(given, secret)) return void res.writeHead(401).end();
    const update = parseUpdate(await readBody(req));
    if (!update) return void res.writeHead(400).end();
    res.writeHead(await accept(update)).end();
  }

  return handler;
}

/** Runs a claimed update (its lease renewed meanwhile); resolves to the HTTP status it deserves. */
async function handleClaimed({ bot, claims, logger }: WebhookOptions, renewEveryMs: number, update: Update): Promise<number> {
  const renewing = setInterval(() => {
    claims.renew(update.update_id).catch((error: unknown) => logger.warn({ err: error, update_id: update.update_id }, "could not renew an update's lease"));
  }, renewEveryMs);
  let ok = false;
  try {
    await bot.handleUpdate(update);
    ok = true;
  } catch (error) {
    // The error boundary answers the person; this is what got past it (a middleware before it, a bug in it).
    logger.error({ err: error, update_id: update.update_id, error_id: randomUUID() }, "update failed; Telegram will resend it");
  } finally {
    clearInterval(renewing);
  }
  try {
    await (ok ? claims.done(update.update_id) : claims.release(update.update_id));
  } catch (error) {
    logger.warn({ err: error, update_id: update.update_id }, "could not record an update's outcome; its lease will run out");
  }
  return ok ? 200 : 500;
}

/** The work's status, or 200 when it is still running after `ms` (it goes on; Telegram must not resend). */
async function answerInTime(work: Promise<number>, ms: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(200), ms)));
  const status = await Promise.race([work, late]);
  clearTimeout(timer);
  return status;
}

export interface RunningWebhook {
  server: Server;
  stop(): Promise<void>;
}

export async function startWebhook(options: WebhookOptions & { host: string; port: number; url: string }): Promise<RunningWebhook> {
  const handler = webhookHandler(options);
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  await options.bot.api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: [...ALLOWED_UPDATES] });
  return {
    server,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await handler.idle();
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseUpdate(body: string | undefined): Update | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed === "object" && parsed !== null && Number.isSafeInteger((parsed as Update).update_id)) return parsed as Update;
  } catch {
    // not JSON
  }
  return undefined;
}

/** The chat an update belongs to; one chat's updates run in order, like the runner's sequentialize. */
export function chatKey(update: Update): string {
  const chat =
    update.message?.chat.id ?? update.edited_message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.my_chat_member?.chat.id;
  return String(chat ?? update.callback_query?.from.id ?? "none");
}

class ChatQueues {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
