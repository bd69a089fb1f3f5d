// The whole product on one machine with no network: the local Bot API emulator, the unchanged bot polling it,
// a migrated database, and the jobs run on demand. The demo, the chat sandbox and the tests all use it.
import type { Database } from "../db/open-database.js";
import { migrate } from "../db/migrate.js";
import { openDatabase } from "../db/open-database.js";
import type { DomainDeps } from "../domain/deps.js";
import { createBot, type RoadmapBot } from "../bot/index.js";
import { startBotApiServer, type BotApiServer, type BotApiServerOptions } from "../../emulator/index.js";
import { JOB_DEFINITIONS, type JobName } from "../jobs/definitions.js";
import { createLogger, type Logger } from "../logger.js";
import { createI18n, translator } from "../bot/i18n.js";
import { grammyCaller } from "../notify/bot-api-caller.js";
import { createDispatcher, type Dispatcher, type DispatcherDeps, type DispatchCounts } from "../notify/dispatcher.js";

export interface LocalStackOptions {
  /** An already migrated database; by default a fresh in-memory PGlite. */
  db?: Database;
  logger?: Logger;
  /** Start at this moment instead of the real time (the clock can be moved later). */
  startAt?: Date;
  /** Emulator settings, e.g. Telegram's flood limits. */
  emulator?: BotApiServerOptions;
  /** Dispatcher settings (limits, retries) for tests of the outbox. */
  outbox?: Partial<Pick<DispatcherDeps, "limits" | "retry" | "leaseMs" | "concurrency">>;
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
  let current: RoadmapBot | undefined;
  let polling: Promise<void> | undefined;

  // Wakes from the bot (a reopened form, a campaign that opens now) deliver at once, as in production; a job
  // run here does not wake it, and there is no polling timer, so a test decides when rows go (drainOutbox).
  const dispatcher = createDispatcher({
    domain,
    api: grammyCaller(server.token, server.apiRoot),
    t: (language) => translator(noticeI18n, language),
    logger,
    pollMs: Infinity,
    // One call at a time: the demo's transcript and the tests read in a fixed order.
    concurrency: 1,
    ...(options.outbox ?? {}),
  });
  const noticeI18n = createI18n(() => undefined);
  const runJob = async (name: JobName) => {
    const job = JOB_DEFINITIONS.find((j) => j.name === name)!;
    return job.run({ domain, logger, sql: db.sql, outbox: { wake: () => undefined } });
  };
  const build = (): RoadmapBot =>
    createBot({
      config: { botToken: server.token, botApiRoot: server.apiRoot, defaultTimeZone: "Europe/Moscow" },
      domain,
      logger,
      wake: () => dispatcher.wake(),
    });
  const startBot = async () => {
    current = build();
    await current.bot.init();
    await new Promise<void>((resolve, reject) => {
      polling = current!.bot.start({ onStart: () => resolve() }).catch((error: unknown) => {
        logger.error({ err: error }, "polling crashed");
        reject(error as Error);
      });
    });
  };
  const stopBot = async () => {
    if (current?.bot.isRunning()) await current.bot.stop();
    await polling;
    current = undefined;
  };

  await startBot();
  dispatcher.start();
  return {
    server,
    db,
    domain,
    clock,
    logger,
    bot: () => current!,
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

async function openMigratedMemoryDatabase(): Promise<Database> {
  const db = await openDatabase({});
  await migrate(db.sql);
  return db;
}
