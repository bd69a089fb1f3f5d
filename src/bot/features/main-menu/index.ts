// /menu and the main menu's message; the menu itself is composed from every feature (build-main-menu.ts).
import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { BotFeature } from "../feature.js";
import { ALL_ROLES } from "../roles.js";

export async function showMainMenu(ctx: BotContext): Promise<void> {
  await ctx.reply(ctx.t("menu-title", { name: ctx.actor!.displayName }), { reply_markup: ctx.composition.mainMenu });
}

const composer = new Composer<BotContext>();
composer.command("menu", showMainMenu);

export const mainMenuFeature: BotFeature = {
  name: "main-menu",
  composer,
  commands: [{ command: "menu", roles: ALL_ROLES, order: 0 }],
};
