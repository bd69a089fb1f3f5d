// Job: open campaigns and the heads still to be told about them. Sending is the caller's job.
import type { DomainDeps } from "../deps.js";
import type { QuietHours } from "../reminders/quiet-hours.js";
import { campaignReminderKey, headsToNotify, type CampaignRecipient } from "./campaign-recipients.js";

export type { CampaignRecipient };


export interface OpenedCampaign {
  campaignId: number;
  municipalityId: number;
  title: string;
  period: string;
  /** ISO moment; format it in timeZone. */
  deadline: string;
  timeZone: string;
  quietHours: QuietHours;
  recipients: CampaignRecipient[];
}

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
  const open = await deps.db.campaign.findMany({
    where: { opensAt: { lte: now }, deadline: { gt: now } },
    include: { municipality: { select: { timeZone: true, quietHoursStart: true, quietHoursEnd: true } } },
    orderBy: { opensAt: "asc" },
  });
  const opened: OpenedCampaign[] = [];
  for (const campaign of open) {
    const recipients = await headsToNotify(deps, campaign.id, "campaign-open");
    if (recipients.length === 0) continue;
    opened.push({
      campaignId: campaign.id,
      municipalityId: campaign.municipalityId,
      title: campaign.title,
      period: campaign.period,
      deadline: campaign.deadline.toISOString(),
      timeZone: campaign.municipality.timeZone,
      quietHours: { ...campaign.municipality },
      recipients,
    });
  }
  return opened;
}
