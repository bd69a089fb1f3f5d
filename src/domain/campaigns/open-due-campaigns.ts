// Job: open campaigns and the heads still to be told about them. Sending is the caller's job.
import type { DomainDeps } from "../deps.js";
import { campaignNotices, campaignReminderKey, type CampaignNotice, type CampaignRecipient } from "./campaign-recipients.js";

export type { CampaignRecipient };
export type OpenedCampaign = CampaignNotice;

/** The ReminderLog key that makes "your campaign is open" go to a head once. */
export const campaignOpenedKey = (campaignId: number, personId: number): string => campaignReminderKey("campaign-open", campaignId, personId);

/**
 * Marks campaigns whose opening time has come as opened, and returns every open campaign with the heads who
 * have not been told yet. Durable by design: a crash between marking and sending, or a head who joins after
 * the opening, is picked up by the next run; the caller claims each notice in ReminderLog before sending.
 */
export async function openDueCampaigns(deps: DomainDeps): Promise<OpenedCampaign[]> {
  const now = deps.now();
  await deps.db.campaign.updateMany({ where: { openedAt: null, opensAt: { lte: now } }, data: { openedAt: now } });
  return campaignNotices(deps, { opensAt: { lte: now }, deadline: { gt: now } }, "campaign-open");
}
