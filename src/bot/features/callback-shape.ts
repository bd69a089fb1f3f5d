// Callback data is whatever a client sends. Before any handler parses it, data that cannot be one of ours
// (too long, control characters, ids that are not small integers) gets the stale-button answer, and a warning
// that names no person and quotes nothing of the data.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";

// <feature>:<action, id or value>[:…]: ids of at most 9 digits (what decodeIds accepts), words like "edit" or
// "2026-Q4". An all-digit part longer than that is forged: no id of ours has ten digits.
const OURS = /^[a-z][a-z0-9-]{0,20}(?::(?:\d{1,9}|(?=[\w.-]*[A-Za-z_.-])[\w.-]{1,40}))*$/;

/** @grammyjs/menu's own data (<menu id>/<row>/<column>/…): the menu checks it and answers stale presses. */
const isMenuData = (data: string) => /^[a-z][\w-]*\/\d{1,3}\/\d{1,3}\//.test(data);

export function isWellFormedCallback(data: string | undefined): boolean {
  if (data === undefined || data.length === 0 || Buffer.byteLength(data) > 64) return false;
  // The menu plugin's fingerprint is four raw hash bytes decoded as text: control characters and U+FFFD are
  // normal there, so its data goes to the menu, which checks the hash itself.
  if (isMenuData(data)) return true;
  if (!data.isWellFormed() || /[\u0000-\u001F\u007F]/.test(data)) return false;
  return OURS.test(data);
}

const composer = new Composer<BotContext>();

composer.on("callback_query", async (ctx, next) => {
  const data = ctx.callbackQuery.data;
  if (ctx.callbackQuery.game_short_name === undefined && isWellFormedCallback(data)) return next();
  ctx.logger.warn({ update_id: ctx.update.update_id, bytes: data === undefined ? 0 : Buffer.byteLength(data) }, "malformed callback data");
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
});

export { composer as callbackShapeFeature };
