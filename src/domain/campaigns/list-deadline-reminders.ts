// Job: campaigns whose deadline is near, with the heads of schools that have not submitted yet and have not
// been reminded. Nobody has to chase a school by hand; a school that submitted hears nothing.
import type { DomainDeps } from "../deps.js";
import { campaignNotices, type CampaignNotice } from "./campaign-recipients.js";

/** How long before the deadline the reminder goes: two days leaves a weekend-proof margin. */
export const DEADLINE_REMINDER_LEAD_MS = 48 * 3600_000;
export const DEADLINE_REMINDER_KIND = "campaign-deadline";

export type DeadlineReminder = CampaignNotice;

export async function listDeadlineReminders(deps: DomainDeps): Promise<DeadlineReminder[]> {
  const now = deps.now();
  const closing = { opensAt: { lte: now }, deadline: { gt: now, lte: new Date(now.getTime() + DEADLINE_REMINDER_LEAD_MS) } };
  return campaignNotices(deps, closing, DEADLINE_REMINDER_KIND, { onlyNotSubmitted: true });
}
