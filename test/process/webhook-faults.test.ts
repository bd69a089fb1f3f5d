// Webhook mode as its own process (tsx, like npm start) under faults: a handler slower than the webhook
// timeout, a database outage, and the process killed in the middle of an update. The process stays up, and
// Telegram's redelivery of the interrupted update is answered (by the next process).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotApiServer, type BotApiServer, type SimulatedUser } from "../../emulator/index.js";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../support/test-database.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const TOKEN = "7000000001:AAH-emulated-webhook-fault-token";
const SECRET = "webhook_secret-for-fault-tests_01";
const TIMEOUT = 150_000;

let server: BotApiServer;
let serverDb: TestDatabase | undefined;
let dataDir: string;
let port: number;
const running: ChildProcess[] = [];

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

interface BotProcess {
  child: ChildProcess;
  output: () => string;
}

function startBot(): BotProcess {
  const child = spawn(TSX, ["test/process/fixtures/faulty-bot.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? tmpdir(),
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: server.apiRoot,
      BOT_MODE: "webhook",
      WEBHOOK_URL: `http://127.0.0.1:${port}/tg`,
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "warn",
      JOBS: "off",
      ...(serverDb ? { DATABASE_URL: serverDb.url! } : { DATA_DIR: dataDir }),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  running.push(child);
  return { child, output: () => output };
}

async function waitFor(what: string, condition: () => boolean, proc: BotProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${proc.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const kill = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // gone already
  }
};

const texts = (user: SimulatedUser) => user.messages().map((m) => m.text);

let bot: BotProcess;
let user: SimulatedUser;

beforeAll(async () => {
  // Telegram resends what the webhook did not accept; here every half second, for a minute and a half.
  server = await startBotApiServer({ token: TOKEN, userTimeoutMs: 100_000, webhookRedelivery: { attempts: 180, delayMs: 500 } });
  port = await freePort();
  if (testServerUrl) serverDb = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), "roadmap-webhook-faults-"));
  bot = startBot();
  await waitFor("the bot to start", () => bot.output().includes("hook: ready"), bot, 90_000);
  user = server.user({ id: 810_001, first_name: "Проверка" });
}, TIMEOUT);

afterAll(async () => {
  for (const child of running) kill(child);
  await server?.close();
  await serverDb?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("webhook mode under faults, as its own process", () => {
  it(
    "a 9-second handler: Telegram is answered in time, the work finishes, the process keeps serving",
    async () => {
      await user.send("/__slow 9000"); // accepted before the handler is done
      await waitFor("the slow handler's answer", () => texts(user).includes("slow done 9000"), bot);
      const { replies } = await user.send("/start");
      expect(replies.map((r) => r.text).join("\n")).toContain("работает только по приглашению");
      expect(bot.child.exitCode).toBeNull();
      expect(bot.output()).not.toMatch(/unhandled/i);
    },
    TIMEOUT,
  );

  it(
    "a database outage: the update waits (Telegram resends it) and is answered once the database is back",
    async () => {
      await user.send("/__dbdown 3000");
      const before = texts(user).length;
      await user.send("Здравствуйте"); // refused 503 while the database is away, then accepted
      await waitFor("the answer after the outage", () => texts(user).length > before, bot);
      expect(texts(user).slice(before).join("\n")).not.toContain("Что-то пошло не так");
      expect(bot.child.exitCode).toBeNull();
    },
    TIMEOUT,
  );

  it(
    "killed in the middle of an update: the next process handles Telegram's redelivery of it",
    async () => {
      const pressed = user.send("/__slow 2000");
      await waitFor("the handler to start", () => /hook: slow \d+ started/.test(bot.output()), bot);
      kill(bot.child);
      expect(texts(user)).not.toContain("slow done 2000");
      bot = startBot();
      await pressed; // the redelivery was accepted by the new process
      await waitFor("the redelivered update's answer", () => texts(user).includes("slow done 2000"), bot);
      expect(texts(user).filter((text) => text === "slow done 2000")).toHaveLength(1);
    },
    TIMEOUT,
  );
});
