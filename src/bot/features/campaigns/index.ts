// Monitoring campaigns in the bot: heads open their forms; staff list campaigns, see results, export, reopen.
import { Composer } from "grammy";
import { requireRole } from "../../../domain/actor.js";
import { getForm } from "../../../domain/campaigns/get-form.js";
import type { BotContext } from "../../context.js";
import { CAMPAIGN_FORM_CONVERSATION, createCampaignFormConversation, type CampaignFormArgs } from "../../conversations/campaign-form.js";
import { createNewCampaignConversation, NEW_CAMPAIGN_CONVERSATION } from "../../conversations/new-campaign.js";
import { decodeIds } from "../../keyboards/callback-data.js";
import type { BotFeature } from "../feature.js";
import { CAMPAIGN_STAFF } from "../roles.js";
import { chooseSchoolToReopen, reopenForSchool } from "./reopen.js";
import { sendXlsx, showCampaignCard, showNotSubmitted, showResults, showSchoolTable } from "./results.js";
import { showCampaigns } from "./show-campaigns.js";
import { showForms } from "./show-forms.js";

const composer = new Composer<BotContext>();

composer.command("forms", showForms);
composer.command("campaigns", showCampaigns);
/** From /newcampaign or the menu; a half-done wizard is dropped (nothing of it was stored yet). */
export async function startNewCampaign(ctx: BotContext): Promise<void> {
  requireRole(ctx.actor!, "METHODOLOGIST", "ADMIN");
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(NEW_CAMPAIGN_CONVERSATION, ctx.actor);
}

composer.command("newcampaign", startNewCampaign);

// form:<campaign>:<school> — the school is checked by the domain, so forged data gets "not yours".
composer.callbackQuery(/^form:/, async (ctx) => {
  const ids = decodeIds(ctx.callbackQuery.data, "form", 2);
  if (!ids) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  const [campaignId, schoolId] = ids as [number, number];
  await getForm(ctx.deps.domain, ctx.actor!, { campaignId, schoolId });
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  const args: CampaignFormArgs = { actor: ctx.actor!, campaignId, schoolId };
  await ctx.conversation.enter(CAMPAIGN_FORM_CONVERSATION, args);
});

const staffViews: Record<string, (ctx: BotContext, campaignId: number) => Promise<void>> = {
  cmp: showCampaignCard,
  cmpr: showResults,
  cmps: showSchoolTable,
  cmpn: showNotSubmitted,
  cmpx: sendXlsx,
  cmpo: chooseSchoolToReopen,
};

composer.callbackQuery(/^cmp[a-z]?:\d+$/, async (ctx) => {
  const prefix = ctx.callbackQuery.data.split(":")[0]!;
  const [campaignId] = decodeIds(ctx.callbackQuery.data, prefix, 1)!;
  await ctx.answerCallbackQuery();
  await staffViews[prefix]!(ctx, campaignId!);
});

composer.callbackQuery(/^cmpo:\d+:\d+$/, async (ctx) => {
  const [campaignId, schoolId] = decodeIds(ctx.callbackQuery.data, "cmpo", 2)!;
  await ctx.answerCallbackQuery();
  await reopenForSchool(ctx, campaignId!, schoolId!);
});

const CAMPAIGN_VIEWERS = ["METHODOLOGIST", "OFFICIAL", "ADMIN"] as const;

export const campaignsFeature: BotFeature = {
  name: "campaigns",
  composer,
  menu: [
    { label: "menu-forms", roles: ["HEAD"], order: 10, run: showForms },
    { label: "menu-campaigns", roles: CAMPAIGN_VIEWERS, order: 10, run: showCampaigns },
    { label: "menu-new-campaign", roles: CAMPAIGN_STAFF, order: 20, run: startNewCampaign },
  ],
  commands: [
    { command: "forms", roles: ["HEAD"], order: 10 },
    { command: "campaigns", roles: CAMPAIGN_VIEWERS, order: 10 },
    { command: "newcampaign", roles: CAMPAIGN_STAFF, order: 20 },
  ],
  conversations: [
    { id: CAMPAIGN_FORM_CONVERSATION, build: createCampaignFormConversation },
    { id: NEW_CAMPAIGN_CONVERSATION, build: createNewCampaignConversation },
  ],
};
