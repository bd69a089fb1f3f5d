// The product's wiring, in one place: over a migrated database and a clock, the bot and what runs beside it
// (the jobs; the outbox dispatcher). `npm start` (app.ts) and the local stack of the demo and the tests
// (demo/local-stack.ts) both build it here; they differ only in how updates arrive and how jobs are fired.
import type { BotDeps } from "./bot/context.js";
import { createBot, type RoadmapBot } from "./bot/index.js";
import type { Database } from "./db/open-database.js";
import { prismaStateStorage } from "./db/prisma-state-storage.js";
import type { DomainDeps } from "./domain/deps.js";
import { JOB_DEFINITIONS, type JobName } from "./jobs/definitions.js";
import { startJobs, type JobDeps } from "./jobs/scheduler.js";
import type { Logger } from "./logger.js";

export interface ComposeOptions {
  config: BotDeps["config"];
  db: Database;
  now: () => Date;
  logger: Logger;
  /** This process runs the jobs: a campaign created to open now is then opened at once, not at the next tick. */
  runsJobs: boolean;
  /** Webhook mode: claims each update once across processes. */
  claimUpdate?: BotDeps["claimUpdate"];
}

export interface Workers {
  stop(): Promise<void>;
}

export interface AppComposition {
  domain: DomainDeps;
  bot: RoadmapBot;
  /** One job, now, as its schedule would run it. */
  runJob(name: JobName): Promise<unknown>;
  /** What runs beside the bot: the jobs on their cron schedules when `schedule` (a local stack fires them by hand). */
  startWorkers(options: { schedule: boolean }): Workers;
}

export function composeApp(options: ComposeOptions): AppComposition {
  const { config, db, logger } = options;
  const domain: DomainDeps = { db: db.prisma, now: options.now };
  const runJob = (name: JobName) => JOB_DEFINITIONS.find((job) => job.name === name)!.run(jobDeps());
  const bot = createBot({
    config,
    domain,
    logger,
    conversationStorage: prismaStateStorage(db.prisma, "conversation:"),
    ...(options.runsJobs ? { onCampaignCreated: async () => void (await runJob("open-campaigns")) } : {}),
    ...(options.claimUpdate ? { claimUpdate: options.claimUpdate } : {}),
  });
  const jobDeps = (): JobDeps => ({ domain, api: bot.bot.api, t: bot.t, logger, sql: db.sql });

  return {
    domain,
    bot,
    runJob,
    startWorkers({ schedule }) {
      const running: Workers[] = [];
      if (schedule) running.push(startJobs(jobDeps()));
      return { stop: async () => void (await Promise.all(running.map((worker) => worker.stop()))) };
    },
  };
}
