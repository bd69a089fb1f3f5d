// At a campaign's opening moment every head of the schools asked gets a message with a button to the form:
// the job writes the outbox rows; the dispatcher (src/notify) delivers them.
import { openDueCampaigns } from "../domain/campaigns/open-due-campaigns.js";
import type { JobDeps } from "./scheduler.js";

export async function openCampaigns(deps: JobDeps): Promise<{ queued: number }> {
  const result = await openDueCampaigns(deps.domain);
  if (result.queued > 0) deps.outbox.wake();
  return result;
}
