import { Composer } from "grammy";
import type { BotContext } from "../context.js";

const composer = new Composer<BotContext>();

// /help works for strangers too: it tells them how to get in.
composer.command("help", async (ctx) => {
  const role = ctx.actor?.role.toLowerCase() ?? "stranger";
  await ctx.reply(ctx.t(`help-${role}`), { parse_mode: "HTML" });
});

export { composer as helpFeature };
