// A methodologist reopens one school's form after the deadline, for a few days (the chooser is a school
// screen: school-screens.ts).
import { reopenSubmission } from "../../../domain/campaigns/reopen-submission.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { REOPEN_DAYS } from "./school-screens.js";

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
