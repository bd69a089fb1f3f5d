// Everything past this point is for registered people. A stranger gets one polite refusal a day, nothing else:
// no menus, no data, and no reply storm if they keep typing.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";

const REFUSAL_INTERVAL_MS = 24 * 60 * 60 * 1000;

const composer = new Composer<BotContext>();

composer.use(async (ctx, next) => {
  if (ctx.actor) return next();
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t("stranger-refusal-short"), show_alert: true });
    return;
  }
  // Only a message deserves an answer: a stranger blocking the bot (my_chat_member) or joining a group does not.
  if (!ctx.message || !ctx.from || ctx.chat?.type !== "private") return;
  const key = `stranger:${ctx.from.id}`;
  const db = ctx.deps.domain.db;
  const now = ctx.deps.domain.now();
  const last = await db.botState.findUnique({ where: { key } });
  if (last && now.getTime() - Number(last.value) < REFUSAL_INTERVAL_MS) return;
  await db.botState.upsert({ where: { key }, create: { key, value: String(now.getTime()) }, update: { value: String(now.getTime()) } });
  await ctx.reply(ctx.t("stranger-refusal"));
});

export { composer as accessGate };
