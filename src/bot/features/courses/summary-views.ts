// The summary in the bot: the protocol's sentence and a table, a chart, an Excel file. A head sees their
// school; staff the municipality. The period is a school year, chosen by its first calendar year.
import { InlineKeyboard, InputFile } from "grammy";
import { exportCourseSummary } from "../../../domain/courses/export-course-summary.js";
import { getCourseSummary, type CourseSummary } from "../../../domain/courses/get-course-summary.js";
import { PROVIDER_LABEL } from "../../../domain/courses/providers.js";
import { schoolYearOf, type Period } from "../../../domain/courses/school-year.js";
import { renderBarChartPng } from "../../../render/bar-chart.js";
import type { BotContext } from "../../context.js";
import { encodeCallback } from "../../keyboards/callback-data.js";
import { periodText, summarySentence, summaryTable } from "./render-summary.js";

function scope(ctx: BotContext, startYear?: number): { municipalityId: number; schoolId?: number; period: Period } {
  const actor = ctx.actor!;
  const period = startYear ? { from: `${startYear}-09-01`, to: `${startYear + 1}-08-31` } : schoolYearOf(ctx.deps.domain.now().toISOString().slice(0, 10));
  return { municipalityId: actor.municipalityId, ...(actor.role === "HEAD" && actor.schoolId ? { schoolId: actor.schoolId } : {}), period };
}

export async function showSummary(ctx: BotContext, startYear?: number): Promise<void> {
  const input = scope(ctx, startYear);
  const summary = await getCourseSummary(ctx.deps.domain, ctx.actor!, input);
  const year = Number(input.period.from.slice(0, 4));
  const text = [summarySentence(summary.municipality, summary.period, ctx.t), "", summaryTable(summary, periodText(summary.period, ctx.t), ctx.t)].join("\n");
  const keyboard = new InlineKeyboard()
    .text(ctx.t("course-summary-chart-button"), encodeCallback("course", "chart", year))
    .text(ctx.t("course-summary-xlsx-button"), encodeCallback("course", "xlsx", year))
    .row()
    .text(ctx.t("course-summary-previous-year", { year: `${year - 1}-${year}` }), encodeCallback("course", "summary", year - 1));
  await ctx.reply(text.slice(0, 4000), { parse_mode: "HTML", reply_markup: keyboard });
}

export async function sendSummaryChart(ctx: BotContext, startYear: number): Promise<void> {
  const summary = await getCourseSummary(ctx.deps.domain, ctx.actor!, scope(ctx, startYear));
  const png = renderBarChartPng(chartSpec(summary, ctx.t));
  await ctx.replyWithPhoto(new InputFile(png, "kursy.png"), { caption: summarySentence(summary.municipality, summary.period, ctx.t).slice(0, 1000) });
}

export async function sendSummaryXlsx(ctx: BotContext, startYear: number): Promise<void> {
  const file = await exportCourseSummary(ctx.deps.domain, ctx.actor!, scope(ctx, startYear));
  await ctx.replyWithDocument(new InputFile(file.content, file.filename), { caption: ctx.t("course-summary-xlsx-caption") });
}

function chartSpec(summary: CourseSummary, t: BotContext["t"]) {
  const m = summary.municipality;
  const groups = [
    { label: t("course-summary-chart-total"), f: m.total },
    ...m.byProvider.map((p) => ({ label: PROVIDER_LABEL[p.provider], f: p })),
    ...m.byFormat.map((f) => ({ label: t(`course-summary-format-${f.format}`), f })),
  ];
  return {
    title: `${t("course-summary-chart-title")} · ${periodText(summary.period, t)}`,
    categories: groups.map((g) => g.label),
    series: [
      { name: t("course-summary-chart-teachers"), values: groups.map((g) => g.f.teachers) },
      { name: t("course-summary-chart-programmes"), values: groups.map((g) => g.f.programmes) },
    ],
    horizontal: true,
  };
}
