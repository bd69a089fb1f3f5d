import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { BotFeature } from "./feature.js";
import { ALL_ROLES } from "./roles.js";

const composer = new Composer<BotContext>();

// /help works for strangers too: it tells them how to get in.
composer.command("help", (ctx) => showHelp(ctx));

async function showHelp(ctx: BotContext): Promise<void> {
  const role = ctx.actor?.role.toLowerCase() ?? "stranger";
  await ctx.reply(ctx.t(`help-${role}`), { parse_mode: "HTML" });
}

export const helpFeature: BotFeature = {
  name: "help",
  composer,
  openToStrangers: true,
  menu: [{ label: "menu-help", roles: ALL_ROLES, order: 100, run: showHelp }],
  commands: [{ command: "help", roles: ALL_ROLES, order: 90 }],
};
