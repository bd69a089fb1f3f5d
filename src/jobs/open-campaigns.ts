// At a campaign's opening moment every head of the schools asked gets a message with a button to the form.
// Once per head: the notice is claimed in ReminderLog before sending and released if sending failed for a
// passing reason; quiet hours hold the notice until morning.
import { GrammyError } from "grammy";
import { campaignOpenedKey, openDueCampaigns } from "../domain/campaigns/open-due-campaigns.js";
import { markBotBlocked } from "../domain/people/mark-bot-blocked.js";
import { claimReminder, releaseReminder } from "../domain/reminders/claim-reminder.js";
import { isQuietTime } from "../domain/reminders/quiet-hours.js";
import { formatLocal } from "../domain/time/zoned-time.js";
import { openFormKeyboard } from "../bot/keyboards/form-keyboards.js";
import type { JobDeps } from "./scheduler.js";

export async function openCampaigns(deps: JobDeps): Promise<{ sent: number; failed: number }> {
  const { domain, api, logger } = deps;
  let sent = 0;
  let failed = 0;
  for (const campaign of await openDueCampaigns(domain)) {
    if (isQuietTime(domain.now(), campaign.quietHours)) continue;
    for (const head of campaign.recipients) {
      const key = campaignOpenedKey(campaign.campaignId, head.personId);
      if (!(await claimReminder(domain, { key, personId: head.personId, kind: "campaign-open" }))) continue;
      const t = deps.t(head.language);
      const text = t("campaign-opened-notice", {
        title: campaign.title,
        school: head.schoolShortName,
        deadline: formatLocal(new Date(campaign.deadline), campaign.timeZone),
      });
      try {
        await api.sendMessage(head.telegramId, text, { reply_markup: openFormKeyboard(t, campaign.campaignId, head.schoolId) });
        sent += 1;
      } catch (error) {
        failed += 1;
        if (error instanceof GrammyError && error.error_code === 403) {
          await markBotBlocked(domain, { personId: head.personId });
        } else {
          await releaseReminder(domain, key);
        }
        logger.warn({ err: error, personId: head.personId, campaignId: campaign.campaignId }, "campaign notice not sent");
      }
    }
  }
  if (sent || failed) logger.info({ sent, failed }, "campaign notices");
  return { sent, failed };
}
