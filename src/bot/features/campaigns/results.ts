// Staff views of one campaign: its card, the municipal results («Итоги»), the school lists, the XLSX.
import { InputFile } from "grammy";
import { requireRole } from "../../../domain/actor.js";
import { exportCampaignResults } from "../../../domain/campaigns/export-campaign-results.js";
import { getCampaignCard } from "../../../domain/campaigns/get-campaign-card.js";
import { getCampaignSummary } from "../../../domain/campaigns/get-campaign-summary.js";
import { findRecordsDifferences } from "../../../domain/courses/records-differences.js";
import { isRecordsFed } from "../../../domain/courses/records-fed-indicators.js";
import { pageOf } from "../../../domain/schools/school-search.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { campaignData, type SchoolScreen } from "./campaign-callbacks.js";
import { schoolScreen } from "./school-screens.js";
import { nonEmpty, pagerRow, present } from "./screen.js";
import { campaignCardKeyboard, campaignLine } from "./show-campaigns.js";

/** Indicators per page of «Итоги»: with titles cut to TITLE_MAX a page stays far under 4,096 characters. */
const INDICATORS_PAGE = 25;
const TITLE_MAX = 120;

export async function showCampaignCard(ctx: BotContext, campaignId: number): Promise<void> {
  const campaign = await getCampaignCard(ctx.deps.domain, ctx.actor!, { campaignId });
  const canReopen = ctx.actor!.role === "METHODOLOGIST" || ctx.actor!.role === "ADMIN";
  await ctx.reply(campaignLine(ctx, campaign), { parse_mode: "HTML", reply_markup: campaignCardKeyboard(ctx, campaignId, canReopen) });
}

const title = (ctx: BotContext, item: { titleRu: string; titleEn: string }) => (ctx.actor!.language === "en" ? item.titleEn : item.titleRu);

/** «Итоги»; `page` set: a page turn, in place. */
export async function showResults(ctx: BotContext, campaignId: number, page?: number): Promise<void> {
  const r = await getCampaignSummary(ctx.deps.domain, ctx.actor!, { campaignId });
  const shown = pageOf(r.indicators, page ?? 0, INDICATORS_PAGE);
  const first = shown.page * INDICATORS_PAGE;
  const differ = shown.items.some((i) => isRecordsFed(i.code)) ? (await findRecordsDifferences(ctx.deps.domain, ctx.actor!, { campaignId })).schoolsByIndicator : undefined;
  const recordsLine = (id: number) => {
    const count = differ?.get(id);
    return count ? `\n   ${ctx.t("course-results-records-differ-schools", { count })}` : "";
  };
  const lines = [
    ctx.t("results-header", {
      title: escapeHtml(r.campaign.title),
      period: r.campaign.period,
      submitted: r.submittedCount,
      schools: r.schoolCount,
      deadline: formatLocal(new Date(r.campaign.deadline), r.campaign.timeZone),
    }),
    "",
    ...shown.items.map(
      (indicator, i) => `${first + i + 1}. ${escapeHtml(truncate(title(ctx, indicator), TITLE_MAX))}: <b>${escapeHtml(indicator.formatted)}</b>${recordsLine(indicator.id)}`,
    ),
  ];
  if (r.submittedCount === 0) lines.push("", ctx.t("results-nothing-yet"));
  const buttons = nonEmpty([pagerRow(ctx.t, shown.page, shown.pageCount, (p) => campaignData.results(campaignId, p))]);
  await present(ctx, { text: lines.join("\n"), buttons }, page !== undefined);
}

/** A list of the campaign's schools; `page` set: a page turn, in place. */
export async function showSchools(ctx: BotContext, screen: SchoolScreen, campaignId: number, page: number | undefined, search: string): Promise<void> {
  const shown = await schoolScreen(ctx.deps.domain, ctx.actor!, ctx.t, { screen, campaignId, page: page ?? 0, search });
  await present(ctx, shown, page !== undefined);
}

export async function sendXlsx(ctx: BotContext, campaignId: number): Promise<void> {
  requireRole(ctx.actor!, "METHODOLOGIST", "OFFICIAL", "ADMIN"); // a head's press is refused before the «⏳»
  // A workbook of a thousand schools takes a while: the person sees at once that it is coming.
  await ctx.answerCallbackQuery({ text: ctx.t("results-xlsx-wait") }).catch(() => undefined);
  await ctx.replyWithChatAction("upload_document").catch(() => undefined);
  const file = await exportCampaignResults(ctx.deps.domain, ctx.actor!, { campaignId });
  await ctx.replyWithDocument(new InputFile(file.content, file.filename), { caption: ctx.t("results-xlsx-caption") });
}

