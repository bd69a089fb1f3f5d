// /status handlers: parse, call the domain, render. Paging edits the message in place; drill-downs and the
// school view come as new messages so the picture stays above them.
import { InputFile } from "grammy";
import { getWeeklyDigest, setWeeklyDigest } from "../../../domain/digest/set-weekly-digest.js";
import { exportOverdue } from "../../../domain/status/export-overdue.js";
import { findSchools } from "../../../domain/status/find-schools.js";
import { getDebtChart, getMunicipalityStatus } from "../../../domain/status/get-municipality-status.js";
import { getSchoolStatus } from "../../../domain/status/get-school-status.js";
import { getCampaignMissing, getTaskOverdue } from "../../../domain/status/get-status-item.js";
import { renderBarChartPng } from "../../../render/bar-chart.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { campaignPageText, itemKeyboard, municipalityKeyboard, municipalityText, schoolKeyboard, schoolText, taskPageText } from "./render-status.js";
import { statusCallback } from "./status-callback.js";
import { InlineKeyboard } from "grammy";

const HTML = { parse_mode: "HTML" as const };

/** /status, /status <part of a school name>, and the menu entry. */
export async function showStatus(ctx: BotContext, query = ""): Promise<void> {
  const actor = ctx.actor!;
  if (actor.role === "HEAD") return showSchool(ctx, actor.schoolId ?? 0);
  if (query.trim()) return searchSchool(ctx, query);
  await sendChart(ctx);
  await sendPicture(ctx, 0);
}

export async function sendPicture(ctx: BotContext, page: number, edit = false): Promise<void> {
  const status = await getMunicipalityStatus(ctx.deps.domain, ctx.actor!, { page });
  const text = municipalityText(status, ctx.t);
  const reply_markup = municipalityKeyboard(status);
  if (edit) await ctx.editMessageText(text, { ...HTML, reply_markup }).catch(ignoreUnchanged);
  else await ctx.reply(text, { ...HTML, reply_markup });
}

/** Schools by how much they owe, as a picture: officials would rather look than read. */
async function sendChart(ctx: BotContext): Promise<void> {
  const rows = await getDebtChart(ctx.deps.domain, ctx.actor!);
  if (rows.length === 0) return;
  const png = renderBarChartPng({
    title: ctx.t("status-chart-title"),
    horizontal: true,
    stacked: true,
    categories: rows.map((r) => r.shortName),
    series: [
      { name: ctx.t("status-chart-tasks"), values: rows.map((r) => r.overdueTasks), color: "#d9534f" },
      { name: ctx.t("status-chart-forms"), values: rows.map((r) => r.missingForms), color: "#f0ad4e" },
    ],
  });
  await ctx.replyWithPhoto(new InputFile(png, "status.png"), { caption: ctx.t("status-chart-caption", { count: rows.length }) });
}

export async function showSchool(ctx: BotContext, schoolId: number): Promise<void> {
  const status = await getSchoolStatus(ctx.deps.domain, ctx.actor!, { schoolId });
  await ctx.reply(schoolText(status, ctx.t), { ...HTML, reply_markup: schoolKeyboard(status, ctx.actor!.role === "HEAD", ctx.t) });
}

async function searchSchool(ctx: BotContext, query: string): Promise<void> {
  const found = await findSchools(ctx.deps.domain, ctx.actor!, { query: truncate(query.trim(), 100) });
  if (found.total === 0) return void (await ctx.reply(ctx.t("status-search-none", { query: escapeHtml(truncate(query.trim(), 100)) }), HTML));
  if (found.total === 1) return showSchool(ctx, found.schools[0]!.id);
  const keyboard = new InlineKeyboard();
  for (const s of found.schools) keyboard.text(truncate(s.shortName, 40), statusCallback("school", s.id)).row();
  await ctx.reply(ctx.t("status-search-many", { total: found.total, shown: found.schools.length }), { ...HTML, reply_markup: keyboard });
}

export async function showCampaignItem(ctx: BotContext, campaignId: number, page: number, edit: boolean): Promise<void> {
  const p = await getCampaignMissing(ctx.deps.domain, ctx.actor!, { id: campaignId, page });
  await replyOrEdit(ctx, campaignPageText(p, ctx.t), itemKeyboard(p, "campaign", ctx.t), edit);
}

export async function showTaskItem(ctx: BotContext, taskId: number, page: number, edit: boolean): Promise<void> {
  const p = await getTaskOverdue(ctx.deps.domain, ctx.actor!, { id: taskId, page });
  await replyOrEdit(ctx, taskPageText(p, ctx.t), itemKeyboard(p, "task", ctx.t), edit);
}

export async function sendOverdueXlsx(ctx: BotContext): Promise<void> {
  const file = await exportOverdue(ctx.deps.domain, ctx.actor!);
  await ctx.replyWithDocument(new InputFile(file.content, file.filename), { caption: ctx.t("status-xlsx-caption") });
}

/** /digest toggles; the digest's own button turns it off. */
export async function toggleDigest(ctx: BotContext, enabled?: boolean): Promise<void> {
  const next = enabled ?? !(await getWeeklyDigest(ctx.deps.domain, ctx.actor!)).enabled;
  await setWeeklyDigest(ctx.deps.domain, ctx.actor!, { enabled: next });
  await ctx.reply(ctx.t(next ? "status-digest-on" : "status-digest-off"));
}

async function replyOrEdit(ctx: BotContext, text: string, reply_markup: InlineKeyboard, edit: boolean): Promise<void> {
  if (edit) await ctx.editMessageText(text, { ...HTML, reply_markup }).catch(ignoreUnchanged);
  else await ctx.reply(text, { ...HTML, reply_markup });
}

/** Pressing the current page again leaves the text as it is; Telegram answers 400 "not modified". */
function ignoreUnchanged(error: unknown): void {
  if (error instanceof Error && /message is not modified/i.test(error.message)) return;
  throw error;
}
