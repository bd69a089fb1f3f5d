// Forms, results and lists belong to one person in one private chat. Added to a group or a channel, the bot
// says once that it works only in private messages and leaves; anything else from there is ignored, so no
// data is ever shown in a shared chat. Runs before the actor is loaded: a group needs no database.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";

const composer = new Composer<BotContext>();

composer.use(async (ctx, next) => {
  const chat = ctx.chat;
  if (!chat || chat.type === "private") return next();
  const joined = ctx.myChatMember && ["member", "administrator"].includes(ctx.myChatMember.new_chat_member.status);
  if (joined) {
    // Channels take no messages from a bot that is not an admin; a failed notice must not keep it there.
    if (chat.type !== "channel") await ctx.reply(ctx.t("private-only")).catch((error: unknown) => ctx.logger.warn({ err: error }, "could not say private-only"));
    await ctx.leaveChat().catch((error: unknown) => ctx.logger.warn({ err: error }, "could not leave a group"));
    return;
  }
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("private-only") });
  ctx.logger.info({ chat_type: chat.type }, "update from a shared chat ignored");
});

export { composer as privateOnlyFeature };
