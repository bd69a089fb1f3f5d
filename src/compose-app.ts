// The product's wiring, in one place: over a migrated database and a clock, the outbox dispatcher (one per
// process), the bot and the jobs. `npm start` (app.ts) and the local stack of the demo and the tests
// (demo/local-stack.ts) both build it here; they differ only in how updates arrive and how jobs are fired.
import type { BotDeps } from "./bot/context.js";
import { createI18n, translator } from "./bot/i18n.js";
import { createBot, type RoadmapBot } from "./bot/index.js";
import type { Database } from "./db/open-database.js";
import { prismaStateStorage } from "./db/prisma-state-storage.js";
import type { DomainDeps } from "./domain/deps.js";
import { JOB_DEFINITIONS, type JobName } from "./jobs/definitions.js";
import { startJobs, type JobDeps } from "./jobs/scheduler.js";
import type { Logger } from "./logger.js";
import { grammyCaller } from "./notify/bot-api-caller.js";
import { createDispatcher, type Dispatcher, type DispatcherDeps } from "./notify/dispatcher.js";

export interface DeliveryOptions {
  config: Pick<BotDeps["config"], "botToken" | "botApiRoot">;
  domain: DomainDeps;
  logger: Logger;
  /** Limits, retries, polling interval: tests of the outbox tune them; production takes the defaults. */
  settings?: Partial<Pick<DispatcherDeps, "limits" | "retry" | "leaseMs" | "concurrency" | "pollMs">>;
}

/** The outbox dispatcher of this process: it outlives bot restarts, as the process does. */
export function composeDelivery(options: DeliveryOptions): Dispatcher {
  const i18n = createI18n(() => undefined);
  return createDispatcher({
    domain: options.domain,
    api: grammyCaller(options.config.botToken, options.config.botApiRoot),
    t: (language) => translator(i18n, language),
    logger: options.logger,
    ...(options.settings ?? {}),
  });
}

export interface ComposeOptions {
  config: BotDeps["config"];
  db: Database;
  domain: DomainDeps;
  logger: Logger;
  /** Delivers what use cases and jobs write to the outbox; woken after each write. */
  delivery: Dispatcher;
  /** Fault injection for process-level tests (see BotDeps.middleware). */
  middleware?: BotDeps["middleware"];
  /** Jobs wake the dispatcher after writing rows (default). The local stack turns it off: tests drain by hand. */
  jobsWake?: boolean;
}

export interface Workers {
  stop(): Promise<void>;
}

export interface AppComposition {
  domain: DomainDeps;
  bot: RoadmapBot;
  /** One job, now, as its schedule would run it. */
  runJob(name: JobName): Promise<unknown>;
  /** What runs beside the bot: jobs on their cron schedules (`schedule`) and the dispatcher (`deliver`). */
  startWorkers(options: { schedule: boolean; deliver: boolean }): Workers;
}

export function composeApp(options: ComposeOptions): AppComposition {
  const { config, db, domain, logger, delivery } = options;
  const wake = () => delivery.wake();
  const jobDeps: JobDeps = { domain, logger, sql: db.sql, outbox: { wake: options.jobsWake === false ? () => undefined : wake } };
  const runJob = (name: JobName) => JOB_DEFINITIONS.find((job) => job.name === name)!.run(jobDeps);
  const bot = createBot({
    config,
    domain,
    logger,
    wake,
    conversationStorage: prismaStateStorage(db.prisma, "conversation:"),
    ...(options.middleware ? { middleware: options.middleware } : {}),
  });

  return {
    domain,
    bot,
    runJob,
    startWorkers({ schedule, deliver }) {
      const running: Workers[] = [];
      if (schedule) running.push(startJobs(jobDeps));
      if (deliver) {
        // Every process delivers the outbox; claims keep each row to one of them.
        delivery.start();
        running.push(delivery);
      }
      return { stop: async () => void (await Promise.all(running.map((worker) => worker.stop()))) };
    },
  };
}
