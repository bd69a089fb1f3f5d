// 🔎 on a staff school list: the methodologist types part of a school's name and gets the list's first page
// for it, as a new message. One question, then the conversation ends.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../domain/actor.js";
import type { BotContext, BotDeps } from "../context.js";
import type { Language, Translate } from "../i18n.js";
import type { SchoolScreen } from "../features/campaigns/campaign-callbacks.js";
import { schoolScreen } from "../features/campaigns/school-screens.js";
import { markup } from "../features/campaigns/screen.js";
import { attempt } from "./external-result.js";
import { waitForInput } from "./wait-for-input.js";

export const CAMPAIGN_SEARCH_CONVERSATION = "campaign-search";

export interface CampaignSearchArgs {
  actor: Actor;
  campaignId: number;
  screen: SchoolScreen;
}

const PREFIX = "campaign-search:";
const MAX_SEARCH = 50;

export function createCampaignSearchConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function campaignSearch(conversation: Conversation<BotContext, Context>, ctx: Context, args: CampaignSearchArgs): Promise<void> {
    const t = translate(args.actor.language);
    const prompt = await ctx.reply(t("campaign-search-prompt"), {
      reply_markup: new InlineKeyboard().text(t("campaign-search-cancel"), `${PREFIX}cancel`),
    });
    for (;;) {
      const input = await waitForInput(conversation, { messageId: prompt.message_id, prefix: PREFIX }, t);
      if (input.kind === "button" || (input.kind === "command" && input.text === "/cancel")) {
        return void (await ctx.reply(t("campaign-search-cancelled")));
      }
      // Another command: the search is dropped and the command runs.
      if (input.kind === "command") return conversation.halt({ next: true });
      if (input.kind === "other") {
        await ctx.reply(t("campaign-search-prompt"));
        continue;
      }
      const search = input.text.slice(0, MAX_SEARCH);
      const shown = await conversation.external(() =>
        attempt(() => schoolScreen(deps.domain, args.actor, t, { screen: args.screen, campaignId: args.campaignId, page: 0, search })),
      );
      if (!shown.ok) return void (await ctx.reply(t(`error-${shown.code}`, shown.params)));
      await ctx.reply(shown.value.text, markup(shown.value));
      return;
    }
  };
}
