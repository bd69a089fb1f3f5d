// At a campaign's opening moment every head of the schools asked gets a message with a button to the form.
import { openDueCampaigns } from "../domain/campaigns/open-due-campaigns.js";
import { formatLocal } from "../domain/time/zoned-time.js";
import { escapeHtml } from "../bot/render/escape-html.js";
import type { JobDeps } from "./scheduler.js";
import { sendCampaignNotices } from "./send-campaign-notices.js";

export async function openCampaigns(deps: JobDeps): Promise<{ sent: number; failed: number }> {
  return sendCampaignNotices(deps, await openDueCampaigns(deps.domain), "campaign-open", (t, campaign, head) =>
    t("campaign-opened-notice", {
      title: escapeHtml(campaign.title),
      school: escapeHtml(head.schoolShortName),
      deadline: formatLocal(new Date(campaign.deadline), campaign.timeZone),
    }),
  );
}
