// Sends one message per head with a button to the form, once: each notice is claimed in ReminderLog before
// sending and released if sending failed for a passing reason; a 403 marks the person as having blocked the
// bot. Quiet hours hold a municipality's notices until morning (the next run picks them up).
import { GrammyError } from "grammy";
import { campaignReminderKey, type CampaignNotice, type CampaignRecipient } from "../domain/campaigns/campaign-recipients.js";
import { markBotBlocked } from "../domain/people/mark-bot-blocked.js";
import { claimReminder, releaseReminder } from "../domain/reminders/claim-reminder.js";
import { isQuietTime } from "../domain/municipalities/quiet-hours.js";
import type { Translate } from "../bot/i18n.js";
import { openFormKeyboard } from "../bot/keyboards/form-keyboards.js";
import type { JobDeps } from "./scheduler.js";

export async function sendCampaignNotices(
  deps: JobDeps,
  notices: CampaignNotice[],
  kind: string,
  text: (t: Translate, notice: CampaignNotice, head: CampaignRecipient) => string,
): Promise<{ sent: number; failed: number }> {
  const { domain, api, logger } = deps;
  let sent = 0;
  let failed = 0;
  for (const notice of notices) {
    if (isQuietTime(domain.now(), notice.quietHours)) continue;
    for (const head of notice.recipients) {
      const key = campaignReminderKey(kind, notice.campaignId, head.personId);
      if (!(await claimReminder(domain, { key, personId: head.personId, kind }))) continue;
      const t = deps.t(head.language);
      try {
        await api.sendMessage(head.telegramId, text(t, notice, head), {
          parse_mode: "HTML",
          reply_markup: openFormKeyboard(t, notice.campaignId, head.schoolId),
        });
        sent += 1;
      } catch (error) {
        failed += 1;
        if (error instanceof GrammyError && error.error_code === 403) await markBotBlocked(domain, { personId: head.personId });
        else await releaseReminder(domain, key);
        logger.warn({ err: error, personId: head.personId, campaignId: notice.campaignId, kind }, "campaign notice not sent");
      }
    }
  }
  if (sent || failed) logger.info({ sent, failed, kind }, "campaign notices");
  return { sent, failed };
}
