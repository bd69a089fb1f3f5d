/**
 * A local Telegram Bot API for tests, the demo and the terminal sandbox.
 *
 *   const server = await startBotApiServer();
 *   const bot = new Bot(server.token, { client: { apiRoot: server.apiRoot } });
 *   // ...register handlers, then: void bot.start();
 *   const irina = server.user({ id: 1001, first_name: "Ирина", last_name: "Петрова" });
 *   await irina.send("/start");          // resolves once the bot has handled it
 *   irina.lastMessage()?.buttons;        // [["Мониторинги", "Поручения"], ...]
 *   await irina.press("Мониторинги");
 *   await bot.stop(); await server.close();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BotCommand, BotCommandScope, UserFromGetMe } from "grammy/types";
import { ApiError, toErrorBody, type ApiErrorBody } from "./api-error.js";
import { EmulatedBotApi, type ApiCall, type DropMoment } from "./bot-api.js";
import { FloodControl, type FloodLimits, type FloodStats } from "./flood-control.js";
import type { EventListener } from "./events.js";
import { parseParams, type Params } from "./request-params.js";
import { SimulatedUser } from "./simulated-user.js";
import type { Redelivery } from "./webhook.js";
import type { UserProfile } from "./user-profile.js";

export interface BotApiServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The token the bot must use; its numeric prefix becomes the bot's id. */
  token?: string;
  /** What getMe returns. */
  botUser?: Partial<Pick<UserFromGetMe, "id" | "first_name" | "last_name" | "username">>;
  /** How long a simulated user waits for the bot to handle an update (default 10 s). */
  userTimeoutMs?: number;
  /** Resend an update the webhook did not accept, as Telegram does (default: fail it at once). */
  webhookRedelivery?: Redelivery;
  /** Enforce Telegram's flood limits (e.g. `{ globalPerSecond: 30, perChatPerSecond: 1 }`): 429 with retry_after. */
  limits?: FloodLimits;
}

const DEFAULT_TOKEN = "7000000001:emulator-test-token";
const DEFAULT_USER_TIMEOUT_MS = 10_000;

/**
 * A local stand-in for api.telegram.org. Point grammY at it with
 * `new Bot(server.token, { client: { apiRoot: server.apiRoot } })`.
 */
export interface BotApiServer {
  /** e.g. "http://127.0.0.1:43211", for grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly token: string;
  readonly port: number;
  /** What getMe answers. */
  readonly me: UserFromGetMe;
  /** Every call the bot made, in arrival order. */
  readonly calls: readonly ApiCall[];
  /** Creates a simulated user, or returns the existing one with that id. */
  user(profile: UserProfile | number): SimulatedUser;
  users(): SimulatedUser[];
  /** Subscribes to everything visible in the chats; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  /** Makes the next `times` calls of `method` fail with `error` (e.g. a 429). */
  failNext(method: string, error: ApiErrorBody, times?: number): void;
  /** Drops the connection of the next `times` calls of `method`, before it runs or after (default before). */
  dropNext(method: string, times?: number, when?: DropMoment): void;
  /** Messages let through and refused with a 429 by the flood limits (zeros without `limits`). */
  floodStats(): FloodStats;
  /** Calls of one method, e.g. `callsTo("sendMessage")`. */
  callsTo(method: string): ApiCall[];
  /** The command list stored for a scope and language (default scope, no language by default). */
  commands(scope?: BotCommandScope, languageCode?: string): BotCommand[];
  /** Polling with a concurrent runner: senders wait for `updateHandled(id)` instead of the next offset. */
  trackHandling(): void;
  updateHandled(updateId: number): void;
  /** Updates not yet confirmed by the bot. */
  pendingUpdateCount(): number;
  close(): Promise<void>;
}

export async function startBotApiServer(options: BotApiServerOptions = {}): Promise<BotApiServer> {
  const token = options.token ?? DEFAULT_TOKEN;
  const api = new EmulatedBotApi(token, botIdentity(token, options.botUser));
  if (options.webhookRedelivery) api.webhook.setRedelivery(options.webhookRedelivery);
  if (options.limits) api.flood = new FloodControl(options.limits);
  const http = createServer((request, response) => {
    handleRequest(api, request, response).catch((error: unknown) => {
      console.error("[bot-api emulator] request failed:", error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error_code: 500, description: "Internal Server Error" });
    });
  });
  await listen(http, options.port ?? 0, options.host ?? "127.0.0.1");
  const { address, port } = http.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  const users = new Map<number, SimulatedUser>();
  const userTimeoutMs = options.userTimeoutMs ?? DEFAULT_USER_TIMEOUT_MS;

  return {
    apiRoot: `http://${host}:${port}`,
    token,
    port,
    me: api.me,
    calls: api.calls,
    user(profile) {
      const id = typeof profile === "number" ? profile : profile.id;
      const existing = users.get(id);
      if (existing) return existing;
      if (typeof profile === "number") throw new Error(`No simulated user with id ${id}; create it with a profile first`);
      const created = new SimulatedUser(api, profile, { timeoutMs: userTimeoutMs });
      users.set(id, created);
      return created;
    },
    users: () => [...users.values()],
    onEvent: (listener) => api.events.on(listener),
    failNext: (method, error, times) => api.failNext(method, error, times),
    dropNext: (method, times, when) => api.dropNext(method, times, when),
    floodStats: () => ({ ...(api.flood?.stats ?? { accepted: 0, refused: 0 }) }),
    callsTo: (method) => api.calls.filter((call) => call.method === method),
    commands: (scope = { type: "default" }, languageCode) => api.commands.get(scope, languageCode),
    trackHandling: () => api.updates.trackHandling(),
    updateHandled: (updateId) => api.updates.handled(updateId),
    pendingUpdateCount: () => api.updates.size,
    close: async () => {
      api.webhook.close();
      api.updates.dropAll("the emulator was closed");
      // grammY keeps connections alive; without this, close() would wait for them.
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
}

function botIdentity(token: string, overrides: BotApiServerOptions["botUser"] = {}): UserFromGetMe {
  const idFromToken = Number(/^(\d+):/.exec(token)?.[1] ?? Number.NaN);
  return {
    id: Number.isSafeInteger(idFromToken) ? idFromToken : 7000000001,
    is_bot: true,
    first_name: "Emulated Bot",
    username: "emulated_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
    ...overrides,
  };
}

/** Routes like api.telegram.org: /bot<token>/<method> and /file/bot<token>/<path>. */
async function handleRequest(api: EmulatedBotApi, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://emulator");
  const fileRoute = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
  if (fileRoute) return serveFile(api, decodeURIComponent(fileRoute[1] ?? ""), decodeURIComponent(fileRoute[2] ?? ""), response);
  const methodRoute = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
  if (!methodRoute) return sendJson(response, 404, { ok: false, error_code: 404, description: "Not Found" });
  if (decodeURIComponent(methodRoute[1] ?? "") !== api.token) {
    return sendJson(response, 401, { ok: false, error_code: 401, description: "Unauthorized" });
  }
  const body = await readBody(request);
  let params: Params;
  try {
    params = parseParams(request.headers["content-type"], body, url.searchParams);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return sendJson(response, error.errorCode, { ok: false, ...toErrorBody(error) });
  }
  // Tells a waiting getUpdates that grammY hung up (bot.stop() aborts its long poll).
  const hangUp = new AbortController();
  response.on("close", () => {
    if (!response.writableFinished) hangUp.abort();
  });
  const drop = api.takeDrop(methodRoute[2] ?? "");
  if (drop === "before") return void request.socket.destroy();
  const answer = await api.call(methodRoute[2] ?? "", params, { signal: hangUp.signal });
  if (drop === "after") return void request.socket.destroy();
  if (response.destroyed) return;
  sendJson(response, answer.ok ? 200 : answer.error_code, answer);
}

function serveFile(api: EmulatedBotApi, token: string, filePath: string, response: ServerResponse): void {
  if (token !== api.token) return sendJson(response, 401, { ok: false, error_code: 401, description: "Unauthorized" });
  const file = api.files.byPath(filePath);
  if (!file) return sendJson(response, 404, { ok: false, error_code: 404, description: "Not Found" });
  response.writeHead(200, {
    "content-type": file.mimeType ?? "application/octet-stream",
    "content-length": file.content.length,
  });
  response.end(file.content);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  response.end(json);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
