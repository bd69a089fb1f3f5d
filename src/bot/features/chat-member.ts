// A person who blocks the bot is marked, so jobs stop sending to them (Telegram would answer 403); unblocking
// clears the mark. Telegram tells us through my_chat_member in the private chat.
import { Composer } from "grammy";
import { markBotBlocked } from "../../domain/people/mark-bot-blocked.js";
import type { BotContext } from "../context.js";
import type { BotFeature } from "./feature.js";

const composer = new Composer<BotContext>();

composer.on("my_chat_member", async (ctx) => {
  if (!ctx.actor || ctx.chat.type !== "private") return;
  const status = ctx.myChatMember.new_chat_member.status;
  await markBotBlocked(ctx.deps.domain, { personId: ctx.actor.personId, blocked: status === "kicked" });
});

export const chatMemberFeature: BotFeature = { name: "chat-member", composer, openToStrangers: true };
