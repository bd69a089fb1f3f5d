// Two days before a campaign's deadline, the heads of schools that have not submitted get one reminder.
import { DEADLINE_REMINDER_KIND, listDeadlineReminders } from "../domain/campaigns/list-deadline-reminders.js";
import { formatLocal } from "../domain/time/zoned-time.js";
import { escapeHtml } from "../bot/render/escape-html.js";
import type { JobDeps } from "./scheduler.js";
import { sendCampaignNotices } from "./send-campaign-notices.js";

export async function remindDeadlines(deps: JobDeps): Promise<{ sent: number; failed: number }> {
  return sendCampaignNotices(deps, await listDeadlineReminders(deps.domain), DEADLINE_REMINDER_KIND, (t, campaign, head) =>
    t("campaign-deadline-reminder", {
      title: escapeHtml(campaign.title),
      school: escapeHtml(head.schoolShortName),
      deadline: formatLocal(new Date(campaign.deadline), campaign.timeZone),
    }),
  );
}
