// Job: campaigns whose deadline is near, with the heads of schools that have not submitted yet and have not
// been reminded. Nobody has to chase a school by hand; a school that submitted hears nothing.
import type { DomainDeps } from "../deps.js";
import type { QuietHours } from "../reminders/quiet-hours.js";
import { campaignReminderKey, headsToNotify, type CampaignRecipient } from "./campaign-recipients.js";

/** How long before the deadline the reminder goes: two days leaves a weekend-proof margin. */
export const DEADLINE_REMINDER_LEAD_MS = 48 * 3600_000;
export const DEADLINE_REMINDER_KIND = "campaign-deadline";

export const deadlineReminderKey = (campaignId: number, personId: number): string =>
  campaignReminderKey(DEADLINE_REMINDER_KIND, campaignId, personId);

export interface DeadlineReminder {
  campaignId: number;
  title: string;
  deadline: string;
  timeZone: string;
  quietHours: QuietHours;
  recipients: CampaignRecipient[];
}

export async function listDeadlineReminders(deps: DomainDeps): Promise<DeadlineReminder[]> {
  const now = deps.now();
  const closing = await deps.db.campaign.findMany({
    where: { opensAt: { lte: now }, deadline: { gt: now, lte: new Date(now.getTime() + DEADLINE_REMINDER_LEAD_MS) } },
    include: { municipality: { select: { timeZone: true, quietHoursStart: true, quietHoursEnd: true } } },
    orderBy: { deadline: "asc" },
  });
  const reminders: DeadlineReminder[] = [];
  for (const campaign of closing) {
    const recipients = await headsToNotify(deps, campaign.id, DEADLINE_REMINDER_KIND, { onlyNotSubmitted: true });
    if (recipients.length === 0) continue;
    reminders.push({
      campaignId: campaign.id,
      title: campaign.title,
      deadline: campaign.deadline.toISOString(),
      timeZone: campaign.municipality.timeZone,
      quietHours: { ...campaign.municipality },
      recipients,
    });
  }
  return reminders;
}
