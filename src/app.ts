// Starts the product: database (migrated), bot (polling or webhook), jobs. Returns a stop() that shuts all of
// it down in order, so main, the demo and the process-level tests start it exactly the same way.
import type { MiddlewareFn } from "grammy";
import type { Config } from "./config.js";
import { migrate } from "./db/migrate.js";
import { openDatabase, type Database } from "./db/open-database.js";
import { systemClock, type DomainDeps } from "./domain/deps.js";
import { setDefaultCommands } from "./bot/commands.js";
import { createBot } from "./bot/index.js";
import type { BotContext } from "./bot/context.js";
import { startPolling, type RunningPolling } from "./bot/run/polling.js";
import { updateClaims } from "./bot/run/update-claims.js";
import { startWebhook, type RunningWebhook } from "./bot/run/webhook.js";
import { startJobs, type RunningJobs } from "./jobs/scheduler.js";
import { createLogger, type Logger } from "./logger.js";

export interface RunningApp {
  db: Database;
  jobs: RunningJobs | undefined;
  logger: Logger;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  now?: () => Date;
  /** Fault injection for process-level tests: wraps the opened database. */
  wrapDatabase?: (db: Database) => Database;
  /** Fault injection for process-level tests: middleware run inside the error boundary, before the features. */
  middleware?: MiddlewareFn<BotContext>[];
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel, { secrets: [config.botToken] });
  const opened = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const db = options.wrapDatabase ? options.wrapDatabase(opened) : opened;
  const migrations = await migrate(db.sql);
  logger.info({ database: db.kind, applied: migrations.applied }, "database ready");

  const domain: DomainDeps = { db: db.prisma, now: options.now ?? systemClock };
  let jobs: RunningJobs | undefined;
  const { bot, t } = createBot({
    config,
    domain,
    logger,
    onCampaignCreated: async () => {
      await jobs?.runNow("open-campaigns");
    },
    ...(options.middleware ? { middleware: options.middleware } : {}),
  });
  await bot.init();
  // A Bot API server may lack or refuse these: the bot serves all the same.
  await setDefaultCommands(bot.api, t).catch((error: unknown) => logger.warn({ err: error }, "could not set the command menu; serving without it"));
  if (config.jobs) jobs = startJobs({ domain, api: bot.api, t, logger, sql: db.sql });

  let webhook: RunningWebhook | undefined;
  let polling: RunningPolling | undefined;
  if (config.mode === "webhook") {
    const { webhookUrl: url, webhookSecret: secret, webhookHost: host, port } = config;
    webhook = await startWebhook({ bot, claims: updateClaims(db.sql, domain.now), secret, path: new URL(url).pathname, logger, host, port, url });
    logger.info({ port, url }, "webhook mode");
  } else {
    polling = await startPolling(bot, logger);
  }

  return {
    db,
    jobs,
    logger,
    async stop() {
      await jobs?.stop();
      await webhook?.stop();
      await polling?.stop();
      await db.close();
      logger.info("stopped");
    },
  };
}
