// Two days before a campaign's deadline, the heads of schools that have not submitted get one reminder:
// the job writes the outbox rows; the dispatcher (src/notify) delivers them.
import { enqueueDeadlineReminders } from "../domain/campaigns/enqueue-deadline-reminders.js";
import type { JobDeps } from "./scheduler.js";

export async function remindDeadlines(deps: JobDeps): Promise<{ queued: number }> {
  const result = await enqueueDeadlineReminders(deps.domain);
  if (result.queued > 0) deps.outbox.wake();
  return result;
}
