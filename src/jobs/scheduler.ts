// Starts every job definition with node-cron, claimed per firing through the database so several bot
// processes can run this at once. Jobs find due work in the database each time; they remember nothing.
import cron, { type ScheduledTask } from "node-cron";
import type { SqlExecutor } from "../db/sql-executor.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Logger } from "../logger.js";
import { dbRunCoordinator } from "./db-run-coordinator.js";
import { JOB_DEFINITIONS, type JobName } from "./definitions.js";

/** Jobs only write outbox rows; this wakes the dispatcher (src/notify) to deliver them now. */
export interface OutboxWaker {
  wake(): void;
}

export interface JobDeps {
  domain: DomainDeps;
  logger: Logger;
  sql: SqlExecutor;
  outbox: OutboxWaker;
}

export interface RunningJobs {
  runNow(name: JobName): Promise<void>;
  stop(): Promise<void>;
}

export function startJobs(deps: JobDeps): RunningJobs {
  const coordinator = dbRunCoordinator(deps.sql, deps.domain.now);
  const tasks: ScheduledTask[] = JOB_DEFINITIONS.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          await job.run(deps);
        } catch (error) {
          deps.logger.error({ err: error, job: job.name }, "job failed");
        }
      },
      { name: job.name, noOverlap: true, distributed: true, runCoordinator: coordinator, distributedLease: 55_000 },
    ),
  );
  return {
    async runNow(name) {
      const job = JOB_DEFINITIONS.find((j) => j.name === name);
      if (job) await job.run(deps);
    },
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
    },
  };
}
