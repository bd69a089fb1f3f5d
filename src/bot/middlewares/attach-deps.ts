import type { MiddlewareFn } from "grammy";
import type { BotContext, BotDeps } from "../context.js";

/** First middleware: dependencies and a per-update logger on the context; actor resolved next. */
export function attachDeps(deps: BotDeps): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.deps = deps;
    ctx.logger = deps.logger.child({ update_id: ctx.update.update_id });
    ctx.actor = null;
    return next();
  };
}
