// /start <code>: the only door in. A registered person gets their menu; a stranger with a code is onboarded.
import { Composer } from "grammy";
import { isDomainError } from "../../domain/errors.js";
import { redeemInvite } from "../../domain/invites/redeem-invite.js";
import { setPersonCommands } from "../commands.js";
import type { BotContext } from "../context.js";
import type { BotFeature } from "./feature.js";
import { showMainMenu } from "./main-menu/index.js";

const composer = new Composer<BotContext>();

composer.command("start", async (ctx) => {
  const code = ctx.match.trim();
  if (ctx.actor) {
    if (code) await ctx.reply(ctx.t("start-already-registered"));
    await showMainMenu(ctx);
    return;
  }
  if (!code) {
    await ctx.reply(ctx.t("stranger-refusal"));
    return;
  }
  try {
    ctx.actor = await redeemInvite(ctx.deps.domain, {
      code,
      telegramId: ctx.from!.id,
      telegramName: [ctx.from!.first_name, ctx.from!.last_name].filter(Boolean).join(" "),
      language: ctx.from!.language_code === "en" ? "en" : "ru",
    });
  } catch (error) {
    // Silence, not a refusal: someone guessing codes learns nothing more this hour.
    if (isDomainError(error, "invite-rate-limited")) return void ctx.logger.warn("invite codes rate-limited");
    if (isDomainError(error) && error.code.startsWith("invite-")) {
      await ctx.reply(ctx.t(`start-${error.code}`));
      return;
    }
    throw error;
  }
  await ctx.i18n.renegotiateLocale();
  await ctx.reply(ctx.t(`start-welcome-${ctx.actor.role.toLowerCase()}`, { name: ctx.actor.displayName }));
  await setPersonCommands(ctx, ctx.actor.role);
  await showMainMenu(ctx);
});

export const startFeature: BotFeature = { name: "start", composer, openToStrangers: true };
