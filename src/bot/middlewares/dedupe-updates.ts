import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Telegram resends a webhook update whose answer timed out, possibly to another process; handling it twice
 * would send a form question twice. `claim` returns false when some process already took this update_id.
 */
export function dedupeUpdates(claim: (updateId: number) => Promise<boolean>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (await claim(ctx.update.update_id)) return next();
    ctx.deps.logger.info({ update_id: ctx.update.update_id }, "duplicate update skipped");
  };
}
