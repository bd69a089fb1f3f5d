import type { MiddlewareFn } from "grammy";
import type { BotContext, BotDeps } from "../context.js";
import type { BotComposition } from "../features/compose-features.js";
import type { Language, Translate } from "../i18n.js";

/** First middleware: dependencies and a per-update logger on the context; actor resolved next. */
export function attachDeps(deps: BotDeps, translateFor: (language: Language) => Translate, composition: BotComposition): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.deps = deps;
    ctx.translateFor = translateFor;
    ctx.composition = composition;
    ctx.logger = deps.logger.child({ update_id: ctx.update.update_id });
    ctx.actor = null;
    return next();
  };
}
