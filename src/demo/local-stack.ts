// The whole product on one machine with no network: the local Bot API emulator, the unchanged bot polling it,
// a migrated database, and the jobs run on demand. The demo, the chat sandbox and the tests all use it. The bot
// and its workers come from the same composition as `npm start` (compose-app.ts), pointed at the emulator.
import type { Database } from "../db/open-database.js";
import { migrate } from "../db/migrate.js";
import { openDatabase } from "../db/open-database.js";
import type { DomainDeps } from "../domain/deps.js";
import type { RoadmapBot } from "../bot/index.js";
import { startBotApiServer, type BotApiServer, type BotApiServerOptions } from "../../emulator/index.js";
import { composeApp, composeDelivery, type AppComposition, type DeliveryOptions, type Workers } from "../compose-app.js";
import type { Dispatcher, DispatchCounts } from "../notify/dispatcher.js";
import type { JobName } from "../jobs/definitions.js";
import { startPolling, type RunningPolling } from "../bot/run/polling.js";
import { createLogger, type Logger } from "../logger.js";

export interface LocalStackOptions {
  /** An already migrated database; by default a fresh in-memory PGlite. */
  db?: Database;
  logger?: Logger;
  /** Start at this moment instead of the real time (the clock can be moved later). */
  startAt?: Date;
  /** Emulator settings, e.g. Telegram's flood limits. */
  emulator?: BotApiServerOptions;
  /** Dispatcher settings (limits, retries) for tests of the outbox. */
  outbox?: DeliveryOptions["settings"];
}

/** A clock tests and the demo can move: deadlines pass without waiting for them. */
export class MovableClock {
  private offsetMs = 0;
  constructor(startAt?: Date) {
    if (startAt) this.offsetMs = startAt.getTime() - Date.now();
  }
  now = (): Date => new Date(Date.now() + this.offsetMs);
  set(moment: Date | string): void {
    this.offsetMs = new Date(moment).getTime() - Date.now();
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface LocalStack {
  server: BotApiServer;
  db: Database;
  domain: DomainDeps;
  clock: MovableClock;
  logger: Logger;
  bot(): RoadmapBot;
  /** Whether the bot's runner is still taking updates (an error must never stop it). */
  isPolling(): boolean;
  /** Stops polling and starts a brand-new bot on the same database, as a process restart would. */
  restartBot(): Promise<void>;
  stopBot(): Promise<void>;
  startBot(): Promise<void>;
  /** Runs one job now. Jobs only write outbox rows: drainOutbox() delivers them. */
  runJob(name: JobName): Promise<unknown>;
  /** Delivers every due outbox row through the dispatcher (after any pass already under way). */
  drainOutbox(): Promise<DispatchCounts>;
  dispatcher: Dispatcher;
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const logger = options.logger ?? createLogger("silent");
  const server = await startBotApiServer(options.emulator);
  const db = options.db ?? (await openMigratedMemoryDatabase());
  const clock = new MovableClock(options.startAt);
  const domain: DomainDeps = { db: db.prisma, now: clock.now };
  const config = { botToken: server.token, botApiRoot: server.apiRoot, defaultTimeZone: "Europe/Moscow" };
  // Wakes from the bot (a reopened form, a campaign that opens now) deliver at once, as in production; a job
  // run here does not wake it, and there is no polling timer, so a test decides when rows go (drainOutbox).
  // One dispatcher for the stack's life, as for a process: bot restarts do not touch it.
  // One call at a time: the demo's transcript and the tests read in a fixed order.
  const settings = { pollMs: Infinity, concurrency: 1, ...(options.outbox ?? {}) };
  const dispatcher = composeDelivery({ config, domain, logger, settings });
  const compose = (): AppComposition => composeApp({ config, db, domain, logger, delivery: dispatcher, jobsWake: false });
  // The bot polls with the runner, as in production: a sender waits until the bot reports the update handled.
  server.trackHandling();
  const botProcess = pollingProcess(compose, logger, server);
  const { startBot, stopBot } = botProcess;
  // With the bot stopped, a job still runs (its messages then wait in the emulator for the next start).
  const runJob = (name: JobName) => (botProcess.current() ?? compose()).runJob(name);

  await startBot();
  dispatcher.start();
  return {
    server,
    db,
    domain,
    clock,
    logger,
    bot: () => botProcess.current()!.bot,
    isPolling: () => botProcess.isPolling(),
    async restartBot() {
      await stopBot();
      await startBot();
    },
    stopBot,
    startBot,
    runJob,
    dispatcher,
    drainOutbox: () => dispatcher.drain(),
    async close({ keepDatabase = false } = {}) {
      await dispatcher.stop();
      await stopBot();
      await server.close();
      if (!keepDatabase) await db.close();
    },
  };
}

/** One bot process at a time, polling the emulator: started, stopped and restarted like a real one. */
function pollingProcess(compose: () => AppComposition, logger: Logger, server: BotApiServer) {
  let current: AppComposition | undefined;
  let workers: Workers | undefined;
  let polling: RunningPolling | undefined;
  return {
    current: () => current,
    isPolling: () => polling?.handle.isRunning() ?? false,
    async startBot() {
      current = compose();
      const { bot } = current.bot;
      await bot.init();
      polling = await startPolling(bot, logger, { onHandled: (id) => server.updateHandled(id) });
      // Jobs are fired by hand here (tests move the clock), so no cron schedule; the dispatcher runs for the
      // stack's whole life (started once in startLocalStack), not per bot.
      workers = current.startWorkers({ schedule: false, deliver: false });
    },
    async stopBot() {
      await workers?.stop();
      await polling?.stop();
      polling = undefined;
      current = undefined;
      workers = undefined;
    },
  };
}

async function openMigratedMemoryDatabase(): Promise<Database> {
  const db = await openDatabase({});
  await migrate(db.sql);
  return db;
}
