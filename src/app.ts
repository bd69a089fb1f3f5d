// Starts the product: database (migrated), the composition (bot, jobs; compose-app.ts), updates by polling or
// webhook. Returns a stop() that shuts all of it down in order; main and the process-level tests start it so.
import { createServer, type Server } from "node:http";
import { webhookCallback } from "grammy";
import type { Config } from "./config.js";
import { migrate } from "./db/migrate.js";
import { openDatabase, type Database } from "./db/open-database.js";
import { systemClock, type DomainDeps } from "./domain/deps.js";
import { setDefaultCommands } from "./bot/commands.js";
import { composeApp, composeDelivery, type Workers } from "./compose-app.js";
import { claimUpdateOnce } from "./jobs/db-run-coordinator.js";
import { createLogger, type Logger } from "./logger.js";

const STOP_TIMEOUT_MS = 3_000;

export interface RunningApp {
  db: Database;
  workers: Workers;
  logger: Logger;
  /** Wakes the outbox dispatcher (when jobs run in this process). */
  wake(): void;
  stop(): Promise<void>;
}

export async function startApp(config: Config, options: { logger?: Logger; now?: () => Date } = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
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
    ...(config.mode === "webhook" ? { claimUpdate: claimUpdateOnce(db.sql, domain.now) } : {}),
  });
  const { bot, t } = composition.bot;
  await bot.init();
  await setDefaultCommands(bot.api, t);
  // Jobs and the dispatcher run together: a process started with JOBS=off only answers updates.
  const workers = composition.startWorkers({ schedule: config.jobs, deliver: config.jobs });

  let server: Server | undefined;
  if (config.mode === "webhook") {
    const handle = webhookCallback(bot, "http", { secretToken: config.webhookSecret, timeoutMilliseconds: 9_000 });
    server = createServer((req, res) => {
      if (req.method === "POST" && req.url === new URL(config.webhookUrl).pathname) return void handle(req, res);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(config.port, config.webhookHost, resolve));
    await bot.api.setWebhook(config.webhookUrl, { secret_token: config.webhookSecret, allowed_updates: ["message", "callback_query", "my_chat_member"] });
    logger.info({ port: config.port, url: config.webhookUrl }, "webhook mode");
  } else {
    await bot.api.deleteWebhook();
    void bot.start({
      allowed_updates: ["message", "callback_query", "my_chat_member"],
      onStart: (me) => logger.info({ username: me.username }, "polling"),
    }).catch((error: unknown) => logger.fatal({ err: error }, "polling stopped"));
  }

  return {
    db,
    workers,
    logger,
    wake,
    async stop() {
      // In-flight sends finish and are recorded; claimed rows not yet sent go back to the queue.
      await workers.stop();
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      // bot.stop() confirms the last update offset with one more getUpdates, which auto-retry repeats for ~20 s
      // while Telegram is unreachable; the database must be closed cleanly all the same, and soon.
      if (bot.isRunning()) {
        await Promise.race([bot.stop(), new Promise((_, reject) => setTimeout(() => reject(new Error("bot.stop() timed out")), STOP_TIMEOUT_MS).unref())]).catch(
          (error: unknown) => logger.warn({ err: error }, "could not confirm the last updates to Telegram; some may come again"),
        );
      }
      await db.close();
      logger.info("stopped");
    },
  };
}
