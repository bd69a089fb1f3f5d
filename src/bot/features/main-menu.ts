// The main menu, one per role, built with @grammyjs/menu. Entries for capabilities still to come say "soon".
import { Menu, type MenuRange } from "@grammyjs/menu";
import { Composer } from "grammy";
import type { Role } from "../../generated/prisma/enums.js";
import type { BotContext } from "../context.js";
import { showCampaigns } from "./campaigns/show-campaigns.js";
import { showForms } from "./campaigns/show-forms.js";
import { startNewCampaign } from "./campaigns/index.js";
import { showStatus } from "./status/show-status.js";

type Entry = { label: string; run?: (ctx: BotContext) => Promise<unknown> };

const ENTRIES: Record<Role, Entry[]> = {
  HEAD: [
    { label: "menu-forms", run: showForms },
    { label: "menu-tasks" },
    { label: "menu-courses" },
    { label: "menu-announcements" },
  ],
  METHODOLOGIST: [
    { label: "menu-campaigns", run: showCampaigns },
    { label: "menu-new-campaign", run: startNewCampaign },
    { label: "menu-courses-catalogue" },
    { label: "menu-broadcast" },
  ],
  OFFICIAL: [
    { label: "menu-status", run: (ctx) => showStatus(ctx) },
    { label: "menu-campaigns", run: showCampaigns },
    { label: "menu-tasks" },
    { label: "menu-reports" },
  ],
  ADMIN: [
    { label: "menu-campaigns", run: showCampaigns },
    { label: "menu-new-campaign", run: startNewCampaign },
    { label: "menu-people" },
  ],
};

export const mainMenu = new Menu<BotContext>("main", {
  // Each entry answers its own press (some with a text); the plugin's automatic answer would be a second
  // answerCallbackQuery, which Telegram refuses with 400 "query is too old".
  autoAnswer: false,
  onMenuOutdated: async (ctx) => {
    // A stranger has no menu at all, so every press of theirs (copied or forged data) lands here.
    if (!ctx.actor) return void (await ctx.answerCallbackQuery({ text: ctx.t("stranger-refusal-short"), show_alert: true }));
    await ctx.answerCallbackQuery({ text: ctx.t("menu-outdated") });
    await ctx.menu.update();
  },
}).dynamic((ctx, range) => {
  if (!ctx.actor) return;
  ENTRIES[ctx.actor.role].forEach((entry, index) => addEntry(range, entry, index));
  range.text(
    (c) => c.t("menu-help"),
    async (c) => {
      await c.answerCallbackQuery();
      await c.reply(c.t(`help-${c.actor!.role.toLowerCase()}`), { parse_mode: "HTML" });
    },
  );
});

function addEntry(range: MenuRange<BotContext>, entry: Entry, index: number): void {
  range.text(
    (ctx) => ctx.t(entry.label) + (entry.run ? "" : ` · ${ctx.t("menu-soon-mark")}`),
    async (ctx) => {
      if (!entry.run) {
        await ctx.answerCallbackQuery({ text: ctx.t("menu-soon") });
        return;
      }
      await ctx.answerCallbackQuery();
      await entry.run(ctx);
    },
  );
  if (index % 2 === 1) range.row();
}

export async function showMainMenu(ctx: BotContext): Promise<void> {
  await ctx.reply(ctx.t("menu-title", { name: ctx.actor!.displayName }), { reply_markup: mainMenu });
}

const composer = new Composer<BotContext>();
composer.command("menu", showMainMenu);
export { composer as mainMenuFeature };
