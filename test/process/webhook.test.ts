// Webhook mode, started the way main starts it (startApp with a parsed config): the bot registers its webhook
// with the Bot API itself, the emulator delivers updates to it over HTTP, and requests without the secret are
// refused before any handler runs.
import { createServer } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { seedDemo, type DemoSeed } from "../../src/demo/seed-demo.js";
import { startBotApiServer, type BotApiServer } from "../../emulator/index.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../support/test-database.js";

const TOKEN = "7000000001:AAH-emulated-webhook-test-token";
const SECRET = "webhook_secret-for-the-test_0123";

let server: BotApiServer;
let app: RunningApp | undefined;
let serverDb: TestDatabase | undefined;
let dataDir: string | undefined;
let port: number;
let url: string;
let seed: DemoSeed;

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port: found } = probe.address() as { port: number };
      probe.close(() => resolve(found));
    });
  });
}

beforeAll(async () => {
  server = await startBotApiServer({ token: TOKEN });
  port = await freePort();
  url = `http://127.0.0.1:${port}/tg`;
  if (testServerUrl) serverDb = await createTestDatabase();
  else dataDir = await mkdtemp(path.join(tmpdir(), "roadmap-webhook-"));
  const config = parseConfig({
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: server.apiRoot,
    BOT_MODE: "webhook",
    WEBHOOK_URL: url,
    WEBHOOK_SECRET: SECRET,
    WEBHOOK_HOST: "127.0.0.1",
    PORT: String(port),
    JOBS: "off",
    ...(serverDb ? { DATABASE_URL: serverDb.url! } : { DATA_DIR: dataDir! }),
  });
  app = await startApp(config, { logger: createLogger("silent") });
  seed = await seedDemo({ db: app.db.prisma, now: () => new Date() });
});

afterAll(async () => {
  await app?.stop();
  await server?.close();
  await serverDb?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const post = (target: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(target, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

const forgedUpdate = (updateId: number) => ({
  update_id: updateId,
  message: {
    message_id: 1,
    date: Math.floor(Date.now() / 1000),
    chat: { id: 900_001, type: "private", first_name: "Подделка" },
    from: { id: 900_001, is_bot: false, first_name: "Подделка" },
    text: "/start",
    entities: [{ type: "bot_command", offset: 0, length: 6 }],
  },
});

describe("webhook mode", () => {
  it("the bot registered its webhook (URL, secret) with the Bot API itself; no polling", () => {
    const calls = server.callsTo("setWebhook");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload).toMatchObject({ url, secret_token: SECRET });
    expect(server.callsTo("getUpdates")).toEqual([]);
  });

  it("the emulator delivers a head's /start to the webhook and the answers arrive", async () => {
    const head = seed.personas.find((p) => p.key === "head1")!;
    const user = server.user(head.telegramUser);
    const { replies } = await user.send(`/start ${head.inviteCode}`);
    expect(replies[0]!.text).toContain("Добро пожаловать, Ирина Петрова!");
    expect(replies.at(-1)!.text).toBe("Ирина Петрова, что делаем?");

    // A menu button press goes the same way.
    const help = await user.press("❓ Помощь");
    expect(help.replies.map((r) => r.text).join("\n")).toContain("Что умеет бот");
  });

  it("a stranger's message through the webhook gets the refusal", async () => {
    const stranger = server.user({ id: 800_001, first_name: "Гость" });
    const { replies } = await stranger.send("Здравствуйте");
    expect(replies.map((r) => r.text)).toEqual([expect.stringContaining("работает только по приглашению")]);
  });

  it("a POST without the secret header, or with a wrong one, is refused (401) and never handled", async () => {
    const sentBefore = server.callsTo("sendMessage").length;
    const missing = await post(url, forgedUpdate(9_000_001));
    expect(missing.status).toBe(401);
    const wrong = await post(url, forgedUpdate(9_000_002), { "x-telegram-bot-api-secret-token": "not-the-secret-at-all" });
    expect(wrong.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.callsTo("sendMessage").length).toBe(sentBefore);
  });

  it("other paths and methods are 404", async () => {
    expect((await post(`http://127.0.0.1:${port}/other`, forgedUpdate(9_000_003), { "x-telegram-bot-api-secret-token": SECRET })).status).toBe(404);
    expect((await fetch(url)).status).toBe(404);
  });

  it("stop() closes the webhook port", async () => {
    await app!.stop();
    app = undefined;
    await expect(post(url, forgedUpdate(9_000_004))).rejects.toThrow();
  });
});
