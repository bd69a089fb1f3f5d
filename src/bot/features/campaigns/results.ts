// Staff views of one campaign: its card, municipal results, the per-school table, non-submitters, XLSX.
import { InputFile } from "grammy";
import { exportCampaignResults } from "../../../domain/campaigns/export-campaign-results.js";
import { getCampaignResults, type CampaignResults } from "../../../domain/campaigns/get-campaign-results.js";
import { listCampaigns } from "../../../domain/campaigns/list-campaigns.js";
import { DomainError } from "../../../domain/errors.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { campaignCardKeyboard, campaignLine } from "./show-campaigns.js";

export async function showCampaignCard(ctx: BotContext, campaignId: number): Promise<void> {
  const list = await listCampaigns(ctx.deps.domain, ctx.actor!, { includeClosed: true });
  const campaign = list.view === "staff" ? list.campaigns.find((c) => c.campaignId === campaignId) : undefined;
  if (!campaign) throw new DomainError("not-found");
  const canReopen = ctx.actor!.role === "METHODOLOGIST" || ctx.actor!.role === "ADMIN";
  await ctx.reply(campaignLine(ctx, campaign), { parse_mode: "HTML", reply_markup: campaignCardKeyboard(ctx, campaignId, canReopen) });
}

const title = (ctx: BotContext, item: { titleRu: string; titleEn: string }) => (ctx.actor!.language === "en" ? item.titleEn : item.titleRu);

function header(ctx: BotContext, r: CampaignResults): string {
  return ctx.t("results-header", {
    title: escapeHtml(r.campaign.title),
    period: r.campaign.period,
    submitted: r.submittedCount,
    schools: r.schoolCount,
    deadline: formatLocal(new Date(r.campaign.deadline), r.campaign.timeZone),
  });
}

export async function showResults(ctx: BotContext, campaignId: number): Promise<void> {
  const r = await getCampaignResults(ctx.deps.domain, ctx.actor!, { campaignId });
  const lines = [header(ctx, r), ""];
  r.indicators.forEach((indicator, i) => lines.push(`${i + 1}. ${escapeHtml(title(ctx, indicator))}: <b>${escapeHtml(indicator.formatted)}</b>`));
  if (r.submittedCount === 0) lines.push("", ctx.t("results-nothing-yet"));
  await replyLong(ctx, lines);
}

export async function showSchoolTable(ctx: BotContext, campaignId: number): Promise<void> {
  const r = await getCampaignResults(ctx.deps.domain, ctx.actor!, { campaignId });
  const lines = [header(ctx, r)];
  for (const school of r.schools) {
    lines.push("", `<b>${escapeHtml(school.shortName)}</b> — ${ctx.t(`results-status-${school.status}`)}`);
    school.formatted.forEach((value, i) => {
      if (value !== null) lines.push(`  ${i + 1}. ${escapeHtml(value)}`);
    });
  }
  await replyLong(ctx, lines);
}

export async function showNotSubmitted(ctx: BotContext, campaignId: number): Promise<void> {
  const r = await getCampaignResults(ctx.deps.domain, ctx.actor!, { campaignId });
  if (r.notSubmitted.length === 0) {
    await ctx.reply(ctx.t("results-all-submitted", { title: escapeHtml(r.campaign.title) }), { parse_mode: "HTML" });
    return;
  }
  const lines = [ctx.t("results-missing-title", { title: escapeHtml(r.campaign.title), count: r.notSubmitted.length })];
  for (const s of r.notSubmitted) {
    const status = s.status === "draft" ? ctx.t("results-draft-progress", { answered: s.answered, total: r.indicators.length }) : ctx.t(`results-status-${s.status}`);
    lines.push(`• ${escapeHtml(s.name)} — ${status}`);
  }
  await replyLong(ctx, lines);
}

export async function sendXlsx(ctx: BotContext, campaignId: number): Promise<void> {
  const file = await exportCampaignResults(ctx.deps.domain, ctx.actor!, { campaignId });
  await ctx.replyWithDocument(new InputFile(file.content, file.filename), { caption: ctx.t("results-xlsx-caption") });
}

/** Telegram caps a message at 4096 characters; a municipality of 60 schools does not fit in one. */
async function replyLong(ctx: BotContext, lines: string[]): Promise<void> {
  let chunk = "";
  for (const line of lines) {
    if (chunk.length + line.length + 1 > 3800) {
      await ctx.reply(chunk, { parse_mode: "HTML" });
      chunk = "";
    }
    chunk += (chunk ? "\n" : "") + line;
  }
  if (chunk.trim()) await ctx.reply(chunk, { parse_mode: "HTML" });
}
