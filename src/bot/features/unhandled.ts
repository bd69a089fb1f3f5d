import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { BotFeature } from "./feature.js";

const composer = new Composer<BotContext>();

// A button from an old message (after a restart, or a form already finished): say so instead of spinning.
composer.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true }));
composer.on("message", (ctx) => ctx.reply(ctx.t("unhandled-message")));

/** The catch-all: createBot installs it after every feature, so it is not in FEATURES. */
export const unhandledFeature: BotFeature = { name: "unhandled", composer };
