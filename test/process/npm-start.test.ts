// The bot as its own process, started the way `npm start` starts it (tsx src/main.ts), against the Bot API
// emulator running in the test process. Setup goes through the admin CLI, as an installer would do it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/admin/run-cli.js";
import { migrate } from "../../src/db/migrate.js";
import { openDatabase } from "../../src/db/open-database.js";
import { systemClock, type DomainDeps } from "../../src/domain/deps.js";
import { startBotApiServer, type BotApiServer } from "../../emulator/index.js";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../support/test-database.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// `npm start` runs exactly this: "tsx src/main.ts" from the repository root.
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
// The real token shape (the emulator's default token is too short for the config check).
const TOKEN = "7000000001:AAH-emulated-process-test-token";
const PROCESS_TIMEOUT = 60_000;

let server: BotApiServer;
let dataDir: string;
let serverDb: TestDatabase | undefined; // PostgreSQL only
let inviteCode: string;

/** Runs one admin CLI command in-process; returns its output lines. */
async function admin(deps: DomainDeps, ...argv: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { deps, out: (line) => out.push(line), err: (line) => err.push(line) });
  expect({ argv, code, err }).toEqual({ argv, code: 0, err: [] });
  return out;
}

/** The municipality, one school and a head's invite, made with the admin CLI before the bot starts. */
async function setUpWithCli(): Promise<string> {
  // A PGlite folder cannot be open in two processes: set it up, close it, then start the bot on it.
  const db = serverDb ?? (await openDatabase({ dataDir }));
  try {
    if (!serverDb) await migrate(db.sql);
    const deps: DomainDeps = { db: db.prisma, now: systemClock };
    const csv = path.join(dataDir, "..", `schools-${path.basename(dataDir)}.csv`);
    await writeFile(csv, "name,short_name\nМОУ «Лихославльская СОШ №1»,СОШ №1\n");
    await admin(deps, "municipality:add", "--name", "Лихославльский муниципальный округ", "--tz", "Europe/Moscow");
    await admin(deps, "schools:import", "--municipality", "1", "--file", csv);
    const invite = await admin(deps, "invite:create", "--municipality", "1", "--role", "head", "--school", "СОШ №1", "--name", "Ирина Петрова");
    const code = /^Code: (\S+)$/.exec(invite.find((line) => line.startsWith("Code: ")) ?? "")?.[1];
    expect(code).toMatch(/^[A-Z2-9]{14}$/);
    return code!;
  } finally {
    if (!serverDb) await db.close();
  }
}

interface BotProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startProcess(env: Record<string, string>): BotProcess {
  const child = spawn(TSX, ["src/main.ts"], {
    cwd: ROOT,
    // A clean environment: nothing from the test run (DATABASE_URL, NODE_OPTIONS …) leaks into the bot.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: tsx runs the bot in a child process, and cleanup must reach that one too.
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

const running: BotProcess[] = [];

function botEnv(): Record<string, string> {
  return {
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: server.apiRoot,
    LOG_LEVEL: "warn",
    JOBS: "off",
    ...(serverDb ? { DATABASE_URL: serverDb.url! } : { DATA_DIR: dataDir }),
  };
}

async function waitFor(what: string, condition: () => boolean, timeoutMs: number, proc?: BotProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${proc ? `\nstderr:\n${proc.stderr()}\nstdout:\n${proc.stdout()}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms))]);

beforeAll(async () => {
  server = await startBotApiServer({ token: TOKEN, userTimeoutMs: 20_000 });
  const base = await mkdtemp(path.join(tmpdir(), "roadmap-process-"));
  dataDir = path.join(base, "pglite");
  if (testServerUrl) serverDb = await createTestDatabase();
  inviteCode = await setUpWithCli();
}, PROCESS_TIMEOUT);

afterAll(async () => {
  for (const proc of running) {
    try {
      process.kill(-proc.child.pid!, "SIGKILL"); // the whole group: tsx and the bot under it
    } catch {
      // already gone
    }
  }
  await server?.close();
  await serverDb?.close();
  if (dataDir) await rm(path.dirname(dataDir), { recursive: true, force: true });
});

describe("npm start (tsx src/main.ts) as a process", () => {
  it(
    "starts, onboards a head over HTTP with the CLI-made invite, and stops cleanly on SIGTERM with exit code 0",
    async () => {
      const proc = startProcess(botEnv());
      running.push(proc);
      // Ready once it polls the emulator.
      await waitFor("the bot to poll", () => server.callsTo("getUpdates").length > 0 || proc.child.exitCode !== null, 40_000, proc);
      expect(proc.child.exitCode, proc.stderr()).toBeNull();
      // Startup registered the stranger's command list and dropped any webhook.
      expect(server.callsTo("deleteWebhook").length).toBeGreaterThan(0);
      expect(server.commands({ type: "all_private_chats" }).map((c) => c.command)).toEqual(["start", "help"]);

      const irina = server.user({ id: 700_001, first_name: "Ирина", last_name: "Петрова", language_code: "ru" });
      await irina.send(`/start ${inviteCode}`);
      // The runner confirms an update when it fetches the next batch, before it is handled: wait for the answers.
      await waitFor("the welcome and the menu", () => irina.messages().some((m) => m.text === "Ирина Петрова, что делаем?"), 20_000, proc);
      const replies = irina.messages();
      expect(replies[0]!.text).toContain("Добро пожаловать, Ирина Петрова! Вы вошли как руководитель ОО.");
      expect(replies.at(-1)!.text).toBe("Ирина Петрова, что делаем?");
      expect(replies.at(-1)!.buttons.flat()).toContain("📋 Мониторинги");
      expect(irina.commands().map((c) => c.command)).toContain("forms");
      const before = irina.messages().length;
      await irina.send("/forms");
      await waitFor("the answer to /forms", () => irina.messages().length > before, 20_000, proc);
      expect(irina.messages().slice(before).map((m) => m.text)).toEqual([expect.stringContaining("Открытых мониторингов для вашей школы сейчас нет")]);

      const signalled = Date.now();
      proc.child.kill("SIGTERM");
      const exit = await withTimeout(proc.exited, 10_000, "exit after SIGTERM");
      expect({ ...exit, stderr: proc.stderr() }).toMatchObject({ code: 0, signal: null });
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(proc.stderr()).not.toMatch(/error|unhandled/i);

      // What the process stored is there after it stopped (the PGlite folder is free again).
      const db = serverDb ?? (await openDatabase({ dataDir }));
      try {
        const person = await db.prisma.person.findUnique({ where: { telegramId: 700_001n } });
        expect(person).toMatchObject({ displayName: "Ирина Петрова", role: "HEAD" });
        expect(await db.prisma.invite.findUnique({ where: { code: inviteCode } })).toMatchObject({ usedById: person!.id });
      } finally {
        if (!serverDb) await db.close();
      }
    },
    PROCESS_TIMEOUT,
  );

  it(
    "SIGTERM while Telegram is unreachable still exits 0 within a few seconds, leaving the data intact",
    async () => {
      const unreachable = await startBotApiServer({ token: TOKEN });
      const proc = startProcess({ ...botEnv(), BOT_API_ROOT: unreachable.apiRoot });
      running.push(proc);
      try {
        await waitFor("the bot to poll", () => unreachable.callsTo("getUpdates").length > 0 || proc.child.exitCode !== null, 40_000, proc);
      } finally {
        await unreachable.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 300)); // a failed poll or two: auto-retry is now backing off

      const signalled = Date.now();
      proc.child.kill("SIGTERM");
      const exit = await withTimeout(proc.exited, 10_000, "exit after SIGTERM with Telegram unreachable");
      expect({ ...exit, stderr: proc.stderr() }).toMatchObject({ code: 0, signal: null });
      expect(Date.now() - signalled).toBeLessThan(8_000);

      const db = serverDb ?? (await openDatabase({ dataDir }));
      try {
        expect(await db.prisma.person.count({ where: { telegramId: 700_001n } })).toBe(1);
      } finally {
        if (!serverDb) await db.close();
      }
    },
    PROCESS_TIMEOUT,
  );

  it(
    "a bad BOT_TOKEN: exit code 2, stderr names BOT_TOKEN (no stack trace, no token)",
    async () => {
      const proc = startProcess({ ...botEnv(), BOT_TOKEN: "abc" });
      running.push(proc);
      const exit = await withTimeout(proc.exited, 40_000, "exit on bad config");
      expect(exit.code, proc.stderr()).toBe(2);
      expect(proc.stderr()).toContain("Invalid configuration");
      expect(proc.stderr()).toContain("BOT_TOKEN");
      expect(proc.stderr()).not.toMatch(/\n\s+at /);
      expect(proc.stderr()).not.toContain('"abc"');
    },
    PROCESS_TIMEOUT,
  );

  it(
    "several bad values at once are all named, none of the secrets echoed",
    async () => {
      const proc = startProcess({ ...botEnv(), DEFAULT_TIME_ZONE: "Europe/Moskva", LOG_LEVEL: "loud", DATABASE_URL: "mysql://root:hunter2@db/x" });
      running.push(proc);
      const exit = await withTimeout(proc.exited, 40_000, "exit on bad config");
      expect(exit.code, proc.stderr()).toBe(2);
      for (const name of ["DEFAULT_TIME_ZONE", "LOG_LEVEL", "DATABASE_URL"]) expect(proc.stderr()).toContain(name);
      expect(proc.stderr()).not.toContain("hunter2");
      expect(proc.stderr()).not.toContain(TOKEN);
    },
    PROCESS_TIMEOUT,
  );
});
