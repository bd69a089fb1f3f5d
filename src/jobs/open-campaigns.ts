// At a campaign's opening moment every head of the schools asked gets a message with a button to the form:
// the job writes the outbox rows; the dispatcher (src/notify) delivers them.
import { openDueCampaigns } from "../domain/campaigns/open-due-campaigns.js";
import { remindRecordsFirst } from "../domain/courses/remind-records-first.js";
import type { JobDeps } from "./scheduler.js";

export async function openCampaigns(deps: JobDeps): Promise<{ queued: number }> {
  const result = await openDueCampaigns(deps.domain);
  // Heads asked for a records-fed indicator with no completions recorded for the period: record them first.
  const records = await remindRecordsFirst(deps.domain);
  if (result.queued + records.queued > 0) deps.outbox.wake();
  return { queued: result.queued + records.queued };
}
