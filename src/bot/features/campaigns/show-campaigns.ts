// Staff: the municipality's campaigns, and one campaign's card with what can be done with it.
import { InlineKeyboard } from "grammy";
import { listCampaigns, type StaffCampaignItem } from "../../../domain/campaigns/list-campaigns.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { encodeCallback } from "../../keyboards/callback-data.js";
import { escapeHtml } from "../../render/escape-html.js";
import { showForms } from "./show-forms.js";

export async function showCampaigns(ctx: BotContext): Promise<void> {
  const list = await listCampaigns(ctx.deps.domain, ctx.actor!, { includeClosed: true });
  if (list.view !== "staff") return showForms(ctx); // a head typing /campaigns gets their forms, not silence
  if (list.campaigns.length === 0) {
    await ctx.reply(ctx.t("campaigns-none"));
    return;
  }
  const keyboard = new InlineKeyboard();
  const lines = [ctx.t("campaigns-title")];
  for (const c of list.campaigns) {
    lines.push(campaignLine(ctx, c));
    keyboard.text(`${c.title} (${c.period})`.slice(0, 60), encodeCallback("cmp", c.campaignId)).row();
  }
  await ctx.reply(lines.join("\n\n"), { parse_mode: "HTML", reply_markup: keyboard });
}

export function campaignLine(ctx: BotContext, c: StaffCampaignItem): string {
  return ctx.t(`campaigns-item-${c.state}`, {
    title: escapeHtml(c.title),
    period: c.period,
    submitted: c.submittedCount,
    schools: c.schoolCount,
    drafts: c.draftCount,
    opens: formatLocal(new Date(c.opensAt), c.timeZone),
    deadline: formatLocal(new Date(c.deadline), c.timeZone),
  });
}

export function campaignCardKeyboard(ctx: BotContext, campaignId: number, canReopen: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("campaign-card-results"), encodeCallback("cmpr", campaignId))
    .text(ctx.t("campaign-card-schools"), encodeCallback("cmps", campaignId))
    .row()
    .text(ctx.t("campaign-card-missing"), encodeCallback("cmpn", campaignId))
    .text(ctx.t("campaign-card-xlsx"), encodeCallback("cmpx", campaignId));
  if (canReopen) keyboard.row().text(ctx.t("campaign-card-reopen"), encodeCallback("cmpo", campaignId));
  return keyboard;
}
