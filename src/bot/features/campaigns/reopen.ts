// A methodologist reopens one school's form after the deadline, for a few days.
import { InlineKeyboard } from "grammy";
import { requireRole } from "../../../domain/actor.js";
import { getCampaignResults } from "../../../domain/campaigns/get-campaign-results.js";
import { reopenSubmission } from "../../../domain/campaigns/reopen-submission.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { encodeCallback } from "../../keyboards/callback-data.js";
import { escapeHtml } from "../../render/escape-html.js";

export const REOPEN_DAYS = 3;

export async function chooseSchoolToReopen(ctx: BotContext, campaignId: number): Promise<void> {
  // Officials see results too, so the results call alone would let a forged button show them the chooser.
  requireRole(ctx.actor!, "METHODOLOGIST", "ADMIN");
  const r = await getCampaignResults(ctx.deps.domain, ctx.actor!, { campaignId });
  const keyboard = new InlineKeyboard();
  r.schools.forEach((s, i) => {
    keyboard.text(s.shortName, encodeCallback("cmpo", campaignId, s.schoolId));
    if (i % 2 === 1) keyboard.row();
  });
  await ctx.reply(ctx.t("reopen-choose", { title: escapeHtml(r.campaign.title), days: REOPEN_DAYS }), { parse_mode: "HTML", reply_markup: keyboard });
}

export async function reopenForSchool(ctx: BotContext, campaignId: number, schoolId: number): Promise<void> {
  const r = await reopenSubmission(ctx.deps.domain, ctx.actor!, {
    campaignId,
    schoolId,
    until: new Date(ctx.deps.domain.now().getTime() + REOPEN_DAYS * 24 * 3600_000),
  });
  const until = formatLocal(new Date(r.reopenedUntil), r.timeZone);
  await ctx.reply(ctx.t("reopen-done", { school: escapeHtml(r.schoolName), until }), { parse_mode: "HTML" });
  // The heads' notices were written with the change; the dispatcher sends them now.
  ctx.deps.wake();
}
