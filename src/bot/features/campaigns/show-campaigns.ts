// Staff: the municipality's campaigns a page at a time, and one campaign's card with what can be done with it.
import { InlineKeyboard } from "grammy";
import { listCampaigns, type StaffCampaignItem } from "../../../domain/campaigns/list-campaigns.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { campaignData } from "./campaign-callbacks.js";
import { nonEmpty, pagerRow, present } from "./screen.js";
import { showForms } from "./show-forms.js";

const PAGE_SIZE = 8;

/** From /campaigns (a new message) or a page turn (`page` set: in place). */
export async function showCampaigns(ctx: BotContext, page?: number): Promise<void> {
  const list = await listCampaigns(ctx.deps.domain, ctx.actor!, { includeClosed: true, page: page ?? 0, pageSize: PAGE_SIZE });
  if (list.view !== "staff") return showForms(ctx); // a head typing /campaigns gets their forms, not silence
  if (list.campaigns.length === 0) {
    // Only those who can create one are told how; an official learns where campaigns come from.
    const canCreate = ctx.actor!.role === "METHODOLOGIST" || ctx.actor!.role === "ADMIN";
    await ctx.reply(ctx.t(canCreate ? "campaigns-none" : "campaigns-none-official"));
    return;
  }
  const lines = [ctx.t("campaigns-title"), ...list.campaigns.map((c) => campaignLine(ctx, c))];
  if (list.pageCount > 1) lines.push(ctx.t("campaign-page-line", { page: list.page + 1, pages: list.pageCount, count: list.total }));
  const buttons = nonEmpty([
    ...list.campaigns.map((c) => [InlineKeyboard.text(truncate(`${c.title} (${c.period})`, 60), campaignData.card(c.campaignId))]),
    pagerRow(ctx.t, list.page, list.pageCount, (p) => campaignData.list(p)),
  ]);
  await present(ctx, { text: lines.join("\n\n"), buttons }, page !== undefined);
}

export function campaignLine(ctx: BotContext, c: StaffCampaignItem): string {
  return ctx.t(`campaigns-item-${c.state}`, {
    title: escapeHtml(truncate(c.title, 200)),
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
    .text(ctx.t("campaign-card-results"), campaignData.results(campaignId))
    .text(ctx.t("campaign-card-schools"), campaignData.open("schools", campaignId))
    .row()
    .text(ctx.t("campaign-card-missing"), campaignData.open("missing", campaignId))
    .text(ctx.t("campaign-card-xlsx"), campaignData.xlsx(campaignId));
  if (canReopen) keyboard.row().text(ctx.t("campaign-card-reopen"), campaignData.open("reopen", campaignId));
  return keyboard;
}
