// The job list: name, schedule, handler. Handlers live in their own files and are safe to run twice.
import { pruneOutbox } from "../domain/outbox/prune-outbox.js";
import { pruneReminderClaims } from "../domain/reminders/prune-reminder-claims.js";
import { pruneJobClaims } from "./db-run-coordinator.js";
import { openCampaigns } from "./open-campaigns.js";
import { makePlanTasks } from "./plan-tasks.js";
import type { JobDeps } from "./scheduler.js";
import { sendReminders, sendWeeklyDigest } from "./send-reminders.js";

export interface JobDefinition {
  name: string;
  schedule: string;
  run(deps: JobDeps): Promise<unknown>;
}

/** Nightly: finished outbox rows and reminder claims whose keys can no longer be asked for. */
async function pruneHistory(deps: JobDeps): Promise<{ outbox: number; reminderClaims: number }> {
  const outbox = await pruneOutbox(deps.domain);
  const claims = await pruneReminderClaims(deps.domain);
  return { outbox: outbox.pruned, reminderClaims: claims.pruned };
}

export const JOB_DEFINITIONS = [
  { name: "open-campaigns", schedule: "* * * * *", run: openCampaigns },
  { name: "reminders", schedule: "*/5 * * * *", run: sendReminders },
  { name: "weekly-digest", schedule: "*/15 * * * *", run: sendWeeklyDigest },
  { name: "plan-tasks", schedule: "7 * * * *", run: makePlanTasks },
  { name: "prune-job-claims", schedule: "17 3 * * *", run: (deps: JobDeps) => pruneJobClaims(deps.sql, deps.domain.now()) },
  { name: "prune-outbox", schedule: "23 3 * * *", run: pruneHistory },
] as const satisfies readonly JobDefinition[];

export type JobName = (typeof JOB_DEFINITIONS)[number]["name"];
