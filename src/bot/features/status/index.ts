// /status: an official's picture of the municipality (a methodologist's of their own campaigns and tasks, a
// head's of their school), with a chart, drill-downs, paging, a school search and an Excel export; /digest.
import { Composer } from "grammy";
import type { Role } from "../../../generated/prisma/enums.js";
import type { BotContext } from "../../context.js";
import type { BotFeature } from "../feature.js";
import { decodeStatusCallback, type StatusAction } from "./status-callback.js";
import { sendOverdueXlsx, sendPicture, showCampaignItem, showSchool, showStatus, showTaskItem, toggleDigest } from "./show-status.js";

const composer = new Composer<BotContext>();

composer.command("status", (ctx) => showStatus(ctx, ctx.match));
composer.command("digest", (ctx) => toggleDigest(ctx));

composer.callbackQuery(/^status:/, async (ctx) => {
  const decoded = decodeStatusCallback(ctx.callbackQuery.data);
  if (!decoded) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  const [a = 0, b = 0] = decoded.ids;
  // Answered after the work, so a refusal from the domain ("not yours") comes back as the press's alert.
  await route(ctx, decoded.action, a, b);
  await ctx.answerCallbackQuery();
});

function route(ctx: BotContext, action: StatusAction, a: number, b: number): Promise<void> {
  switch (action) {
    case "home":
      return showStatus(ctx);
    case "page":
      return sendPicture(ctx, a, true);
    case "campaign":
      return showCampaignItem(ctx, a, b, isPaging(ctx));
    case "task":
      return showTaskItem(ctx, a, b, isPaging(ctx));
    case "school":
      return showSchool(ctx, a);
    case "xlsx":
      return sendOverdueXlsx(ctx);
    case "digest":
      return toggleDigest(ctx, a === 1);
  }
}

/** A press on a drill-down's own pager edits it; the first press from the picture opens a new message. */
function isPaging(ctx: BotContext): boolean {
  const data = ctx.callbackQuery?.data ?? "";
  const keyboard = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard ?? [];
  return keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "status:home") && /^status:(campaign|task):/.test(data);
}

const STAFF: readonly Role[] = ["OFFICIAL", "METHODOLOGIST", "ADMIN"];
// Heads reach their school's status by /status; their menu already leads to their forms and tasks.
const EVERYONE: readonly Role[] = ["HEAD", ...STAFF];

export const statusFeature: BotFeature = {
  name: "status",
  composer,
  menu: [{ label: "menu-status", roles: ["OFFICIAL", "METHODOLOGIST"], order: 5, run: (ctx) => showStatus(ctx) }],
  commands: [
    { command: "status", roles: EVERYONE, order: 15 },
    { command: "digest", roles: ["OFFICIAL"], order: 80 },
  ],
};
