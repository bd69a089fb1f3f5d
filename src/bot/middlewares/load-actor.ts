import type { MiddlewareFn } from "grammy";
import { findActor } from "../../domain/people/find-actor.js";
import type { BotContext } from "../context.js";

/** One indexed query per update: who is this, and in which municipality and school. */
export const loadActor: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.from && !ctx.from.is_bot) {
    ctx.actor = await findActor(ctx.deps.domain, ctx.from.id);
  }
  return next();
};
