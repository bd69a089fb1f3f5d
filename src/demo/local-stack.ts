// The whole product on one machine with no network: the local Bot API emulator, the unchanged bot polling it,
// a migrated database, and the jobs run on demand. The demo, the chat sandbox and the tests all use it.
import type { Database } from "../db/open-database.js";
import { migrate } from "../db/migrate.js";
import { openDatabase } from "../db/open-database.js";
import type { DomainDeps } from "../domain/deps.js";
import { createBot, type RoadmapBot } from "../bot/index.js";
import { startPolling, type RunningPolling } from "../bot/run/polling.js";
import { startBotApiServer, type BotApiServer } from "../../emulator/index.js";
import { JOB_DEFINITIONS, type JobName } from "../jobs/definitions.js";
import { createLogger, type Logger } from "../logger.js";

export interface LocalStackOptions {
  /** An already migrated database; by default a fresh in-memory PGlite. */
  db?: Database;
  logger?: Logger;
  /** Start at this moment instead of the real time (the clock can be moved later). */
  startAt?: Date;
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
  runJob(name: JobName): Promise<unknown>;
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const logger = options.logger ?? createLogger("silent");
  const server = await startBotApiServer();
  const db = options.db ?? (await openMigratedMemoryDatabase());
  const clock = new MovableClock(options.startAt);
  const domain: DomainDeps = { db: db.prisma, now: clock.now };
  let current: RoadmapBot | undefined;
  let polling: RunningPolling | undefined;
  // The bot polls with the runner, as in production: a sender waits until the bot reports the update handled.
  server.trackHandling();

  const runJob = async (name: JobName) => {
    const job = JOB_DEFINITIONS.find((j) => j.name === name)!;
    const { bot, t } = current ?? build();
    return job.run({ domain, api: bot.api, t, logger, sql: db.sql });
  };
  const build = (): RoadmapBot =>
    createBot({
      config: { botToken: server.token, botApiRoot: server.apiRoot, defaultTimeZone: "Europe/Moscow" },
      domain,
      logger,
      onCampaignCreated: async () => {
        await runJob("open-campaigns");
      },
    });
  const startBot = async () => {
    current = build();
    await current.bot.init();
    polling = await startPolling(current.bot, logger, { onHandled: (id) => server.updateHandled(id) });
  };
  const stopBot = async () => {
    await polling?.stop();
    polling = undefined;
    current = undefined;
  };

  await startBot();
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
    async close({ keepDatabase = false } = {}) {
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
