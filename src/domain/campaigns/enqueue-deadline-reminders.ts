// Job: two days before a campaign's deadline, every head of a school that has not submitted gets one reminder
// in the outbox. Nobody has to chase a school by hand; a school that submitted hears nothing.
import type { DomainDeps } from "../deps.js";
import { CAMPAIGN_DEADLINE } from "./campaign-notice-kinds.js";
import { enqueueCampaignNotices } from "./campaign-notice-sweep.js";

/** How long before the deadline the reminder goes: two days leaves a weekend-proof margin. */
export const DEADLINE_REMINDER_LEAD_MS = 48 * 3600_000;

export async function enqueueDeadlineReminders(deps: DomainDeps): Promise<{ queued: number }> {
  const now = deps.now();
  const queued = await enqueueCampaignNotices(deps.db, now, CAMPAIGN_DEADLINE, {
    deadlineBy: new Date(now.getTime() + DEADLINE_REMINDER_LEAD_MS),
    onlyNotSubmitted: true,
  });
  return { queued };
}
