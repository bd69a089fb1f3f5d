// A head's open forms, each with its state and a button that opens it.
import { InlineKeyboard } from "grammy";
import { listCampaigns } from "../../../domain/campaigns/list-campaigns.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { encodeCallback } from "../../keyboards/callback-data.js";
import { escapeHtml } from "../../render/escape-html.js";
import { showCampaigns } from "./show-campaigns.js";

export async function showForms(ctx: BotContext): Promise<void> {
  const actor = ctx.actor!;
  const list = await listCampaigns(ctx.deps.domain, actor);
  if (list.view !== "head") return showCampaigns(ctx); // staff typing /forms get the campaigns, not silence
  if (list.campaigns.length === 0) {
    await ctx.reply(ctx.t("forms-none"));
    return;
  }
  const keyboard = new InlineKeyboard();
  const lines = [ctx.t("forms-title")];
  for (const c of list.campaigns) {
    lines.push(
      ctx.t(`forms-item-${c.status}`, {
        title: escapeHtml(c.title),
        answered: c.answered,
        total: c.total,
        deadline: formatLocal(new Date(c.reopenedUntil ?? c.deadline), c.timeZone),
      }),
    );
    keyboard.text(`${c.status === "submitted" ? "✏️" : "📝"} ${c.title}`.slice(0, 60), encodeCallback("form", c.campaignId, actor.schoolId!)).row();
  }
  await ctx.reply(lines.join("\n\n"), { parse_mode: "HTML", reply_markup: keyboard });
}
