// Everything past this point is for registered people. A stranger gets one polite refusal a day, nothing else:
// no menus, no data, and no reply storm if they keep typing.
import { Composer } from "grammy";
import { claimStrangerRefusal } from "../../domain/people/claim-stranger-refusal.js";
import type { BotContext } from "../context.js";

const composer = new Composer<BotContext>();

composer.use(async (ctx, next) => {
  if (ctx.actor) return next();
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t("stranger-refusal-short"), show_alert: true });
    return;
  }
  // Only a message deserves an answer: a stranger blocking the bot (my_chat_member) or joining a group does not.
  if (!ctx.message || !ctx.from || ctx.chat?.type !== "private") return;
  if (await claimStrangerRefusal(ctx.deps.domain, { telegramId: ctx.from.id })) await ctx.reply(ctx.t("stranger-refusal"));
});

export { composer as accessGate };
