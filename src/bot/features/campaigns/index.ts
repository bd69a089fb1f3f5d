// Monitoring campaigns in the bot: heads open their forms; staff list campaigns, see results, export, reopen.
import { Composer } from "grammy";
import { requireRole } from "../../../domain/actor.js";
import { getForm } from "../../../domain/campaigns/get-form.js";
import type { BotContext } from "../../context.js";
import { CAMPAIGN_FORM_CONVERSATION, createCampaignFormConversation, type CampaignFormArgs } from "../../conversations/campaign-form.js";
import { createNewCampaignConversation, NEW_CAMPAIGN_CONVERSATION } from "../../conversations/new-campaign.js";
import { decodeIds } from "../../keyboards/callback-data.js";
import { CAMPAIGN_SEARCH_CONVERSATION, createCampaignSearchConversation, type CampaignSearchArgs } from "../../conversations/campaign-search.js";
import type { BotFeature } from "../feature.js";
import { CAMPAIGN_STAFF } from "../roles.js";
import { parseCampaignData, type SchoolScreen } from "./campaign-callbacks.js";
import { reopenForSchool } from "./reopen.js";
import { sendXlsx, showCampaignCard, showResults, showSchools } from "./results.js";
import { showCampaigns } from "./show-campaigns.js";
import { showForms } from "./show-forms.js";

const composer = new Composer<BotContext>();

composer.command("forms", showForms);
composer.command("campaigns", (ctx) => showCampaigns(ctx));
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

// campaign:<screen>:<id>[:<page>][:<search>] (campaign-callbacks.ts). Access is the domain's: a forged id
// gets "not yours"; malformed or stale data gets "button outdated".
composer.callbackQuery(/^campaign:/, async (ctx) => {
  const press = parseCampaignData(ctx.callbackQuery.data);
  if (!press) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  // The XLSX answers the press itself, with «⏳».
  if (press.action !== "xlsx") await ctx.answerCallbackQuery();
  switch (press.action) {
    case "list":
      return showCampaigns(ctx, press.page);
    case "card":
      return showCampaignCard(ctx, press.campaignId);
    case "results":
      return showResults(ctx, press.campaignId, press.page);
    case "xlsx":
      return sendXlsx(ctx, press.campaignId);
    case "screen":
      return showSchools(ctx, press.screen, press.campaignId, press.page, press.search);
    case "search":
      return startSchoolSearch(ctx, press.screen, press.campaignId);
    case "reopen-school":
      return reopenForSchool(ctx, press.campaignId, press.schoolId);
  }
});

async function startSchoolSearch(ctx: BotContext, screen: SchoolScreen, campaignId: number): Promise<void> {
  requireRole(ctx.actor!, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  await ctx.conversation.exitAll();
  const args: CampaignSearchArgs = { actor: ctx.actor!, campaignId, screen };
  await ctx.conversation.enter(CAMPAIGN_SEARCH_CONVERSATION, args);
}

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
    { id: CAMPAIGN_SEARCH_CONVERSATION, build: createCampaignSearchConversation },
  ],
};
