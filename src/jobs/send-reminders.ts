// Deadline reminders and the weekly digest: the jobs only start the domain sweeps, which write the outbox;
// the dispatcher delivers. Safe to run in every process and as often as wanted (claims make them once).
import { sweepWeeklyDigest } from "../domain/digest/sweep-weekly-digest.js";
import { sweepReminders } from "../domain/reminders/sweep-reminders.js";
import type { JobDeps } from "./scheduler.js";

export async function sendReminders(deps: JobDeps): Promise<{ items: number; notices: number }> {
  const result = await sweepReminders(deps.domain);
  if (result.notices > 0) {
    deps.logger.info(result, "deadline reminders queued");
    deps.outbox.wake();
  }
  return result;
}

export async function sendWeeklyDigest(deps: JobDeps): Promise<{ notices: number }> {
  const result = await sweepWeeklyDigest(deps.domain);
  if (result.notices > 0) {
    deps.logger.info(result, "weekly digests queued");
    deps.outbox.wake();
  }
  return result;
}
