import { FloodControl } from "./flood-control.js";
import type { User, UserFromGetMe } from "grammy/types";
import { ApiError, toErrorBody, type ApiErrorBody } from "./api-error.js";
import { CallbackQueries } from "./callback-queries.js";
import { ChatStore } from "./chat-store.js";
import { CommandStore } from "./command-store.js";
import { EventHub } from "./events.js";
import { FileStore } from "./file-store.js";
import { PollingGate } from "./long-polling.js";
import { findMethod } from "./methods/index.js";
import type { CallContext, MethodHandler } from "./methods/method.js";
import { Params } from "./request-params.js";
import { UpdateQueue } from "./update-queue.js";
import { WebhookDispatcher } from "./webhook.js";

/** The JSON envelope of every Bot API answer. */
export type ApiResponse = { ok: true; result: unknown } | ({ ok: false } & ApiErrorBody);

/** One entry of the call log: what the bot asked and what it was answered. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  at: Date;
  /** "webhook-reply": the call came back in the body of a webhook response. */
  via: "http" | "webhook-reply";
  /** Undefined while the call is still running (a waiting long poll). */
  response: ApiResponse | undefined;
}

interface InjectedFailure {
  error: ApiErrorBody;
  remaining: number;
}

/**
 * The emulated Bot API without its HTTP face: the state of chats, files,
 * updates and settings, and the dispatch of method calls. The HTTP server and
 * the webhook-reply path both call into `call()`.
 */
/** When an injected dropped connection happens: before the method runs, or after it ran. */
export type DropMoment = "before" | "after";

export class EmulatedBotApi {
  readonly chats = new ChatStore();
  readonly files = new FileStore();
  readonly updates = new UpdateQueue();
  readonly polling = new PollingGate();
  readonly commands = new CommandStore();
  readonly callbacks = new CallbackQueries();
  readonly events = new EventHub();
  readonly webhook: WebhookDispatcher;
  readonly calls: ApiCall[] = [];
  /** The bot as it appears in `Message.from`. */
  readonly botUser: User;
  private readonly failures = new Map<string, InjectedFailure>();
  private readonly drops = new Map<string, { when: DropMoment; remaining: number }>();
  /** Telegram's flood limits, when asked for (startBotApiServer({ limits })). */
  flood: FloodControl | undefined;

  constructor(
    readonly token: string,
    readonly me: UserFromGetMe,
  ) {
    this.botUser = { id: me.id, is_bot: true, first_name: me.first_name, username: me.username };
    this.webhook = new WebhookDispatcher(this.updates, this.events, async (method, payload) => {
      await this.call(method, new Params(payload), { signal: new AbortController().signal }, "webhook-reply");
    });
  }

  async call(method: string, params: Params, context: CallContext, via: ApiCall["via"] = "http"): Promise<ApiResponse> {
    const found = findMethod(method);
    const entry: ApiCall = { method: found?.name ?? method, payload: params.toLog(), at: new Date(), via, response: undefined };
    this.calls.push(entry);
    entry.response = await this.run(entry.method, found?.handler, params, context);
    if (!entry.response.ok) {
      const { error_code: errorCode, description } = entry.response;
      this.events.emit({ type: "api-error", method: entry.method, errorCode, description });
    }
    return entry.response;
  }

  /**
   * Makes the next `times` calls of `method` fail with `error` before they
   * run, e.g. a 429 with retry_after to exercise the bot's retry logic.
   */
  failNext(method: string, error: ApiErrorBody, times = 1): void {
    const name = findMethod(method)?.name ?? method;
    this.failures.set(name, { error, remaining: times });
  }

  /**
   * Makes the next `times` HTTP calls of `method` end in a dropped connection: "before" the method runs (the
   * request is lost) or "after" it ran (done, but the bot never hears so: a retry repeats it, as on Telegram).
   */
  dropNext(method: string, times = 1, when: DropMoment = "before"): void {
    this.drops.set(findMethod(method)?.name ?? method, { when, remaining: times });
  }

  /** The HTTP layer asks whether to drop this call's connection, and when. */
  takeDrop(method: string): DropMoment | undefined {
    const name = findMethod(method)?.name ?? method;
    const drop = this.drops.get(name);
    if (!drop) return undefined;
    drop.remaining -= 1;
    if (drop.remaining <= 0) this.drops.delete(name);
    return drop.when;
  }

  private async run(
    method: string,
    handler: MethodHandler | undefined,
    params: Params,
    context: CallContext,
  ): Promise<ApiResponse> {
    try {
      const injected = this.takeFailure(method);
      if (injected) throw new ApiError(injected.error_code, injected.description, injected.parameters);
      if (handler) this.flood?.check(method, params.string("chat_id"));
      if (!handler) throw new ApiError(404, "Not Found: method not found");
      return { ok: true, result: await handler(this, params, context) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, ...toErrorBody(error) };
      // A bug in the emulator itself: answer like a failing server, loudly.
      console.error(`[bot-api emulator] ${method} crashed:`, error);
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error_code: 500, description: `Internal Server Error: ${reason}` };
    }
  }

  private takeFailure(method: string): ApiErrorBody | undefined {
    const failure = this.failures.get(method);
    if (!failure) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.delete(method);
    return failure.error;
  }
}
