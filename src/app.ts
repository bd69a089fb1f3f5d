// Starts the product: database (migrated), the composition (bot, jobs; compose-app.ts), updates by polling or
// webhook. Returns a stop() that shuts all of it down in order; main and the process-level tests start it so.
import type { MiddlewareFn } from "grammy";
import type { Config } from "./config.js";
import { migrate } from "./db/migrate.js";
import { openDatabase, type Database } from "./db/open-database.js";
import { systemClock, type DomainDeps } from "./domain/deps.js";
import { setDefaultCommands } from "./bot/commands.js";
import { composeApp, composeDelivery, type Workers } from "./compose-app.js";
import type { BotContext } from "./bot/context.js";
import { startPolling, type RunningPolling } from "./bot/run/polling.js";
import { updateClaims } from "./bot/run/update-claims.js";
import { startWebhook, type RunningWebhook } from "./bot/run/webhook.js";
import { createLogger, type Logger } from "./logger.js";

export interface RunningApp {
  db: Database;
  workers: Workers;
  logger: Logger;
  /** Wakes the outbox dispatcher (when jobs run in this process). */
  wake(): void;
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
  const delivery = composeDelivery({ config, domain, logger });
  const wake = () => delivery.wake();
  const composition = composeApp({
    config,
    db,
    logger,
    domain,
    delivery,
    ...(options.middleware ? { middleware: options.middleware } : {}),
  });
  const { bot, t } = composition.bot;
  await bot.init();
  // A Bot API server may lack or refuse these: the bot serves all the same.
  await setDefaultCommands(bot.api, t).catch((error: unknown) => logger.warn({ err: error }, "could not set the command menu; serving without it"));
  // Jobs and the dispatcher run together: a process started with JOBS=off only answers updates.
  const workers = composition.startWorkers({ schedule: config.jobs, deliver: config.jobs });

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
    workers,
    logger,
    wake,
    async stop() {
      // In-flight sends finish and are recorded; claimed rows not yet sent go back to the queue.
      await workers.stop();
      await webhook?.stop();
      await polling?.stop();
      await db.close();
      logger.info("stopped");
    },
  };
}
