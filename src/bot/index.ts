// createBot: the whole bot from its dependencies. Nothing is created at import time, so tests, the demo and
// main all build the same bot, pointed at whichever Bot API root they like.
import { conversations, createConversation } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context, type MiddlewareFn } from "grammy";
import { randomUUID } from "node:crypto";
import { boundedRetry } from "./api/bounded-retry.js";
import type { BotContext, BotDeps } from "./context.js";
import { handleBotError } from "./error-boundary.js";
import { accessGate } from "./features/access-gate.js";
import { callbackShapeFeature } from "./features/callback-shape.js";
import { formResumeFeature } from "./features/form-resume.js";
import { privateOnlyFeature } from "./features/private-only.js";
import { composeFeatures, featureComposers } from "./features/compose-features.js";
import type { BotFeature } from "./features/feature.js";
import { FEATURES } from "./features/index.js";
import { unhandledFeature } from "./features/unhandled.js";
import { createI18n, translator, type Language } from "./i18n.js";
import { attachDeps } from "./middlewares/attach-deps.js";
import { loadActor } from "./middlewares/load-actor.js";

/** Bump when a conversation's code changes shape, so stored replay logs are dropped instead of misread. */
export const CONVERSATION_STATE_VERSION = 3; // 3: callback data renamed (course:, plan-import:, task-close:, announcement-compose:)

export function createBot(deps: BotDeps, features: readonly BotFeature[] = FEATURES) {
  const bot = new Bot<BotContext>(deps.config.botToken, {
    client: { apiRoot: deps.config.botApiRoot },
  });
  // A handler must answer soon: a flood wait or outage longer than the budget is surfaced, not waited out.
  bot.api.config.use(boundedRetry());
  // Only what got past the error boundary (a middleware before it) lands here; the bot keeps serving.
  bot.catch((error) => deps.logger.error({ err: error.error, update_id: error.ctx.update.update_id, error_id: randomUUID() }, "update failed outside the error boundary"));

  const i18n = createI18n<BotContext>((ctx) => ctx.actor?.language ?? (ctx.from?.language_code === "en" ? "en" : undefined));
  const t = (language: Language) => translator(i18n, language);

  // One chat's updates in order, different chats concurrently (the runner, and a webhook answered early).
  bot.use(sequentialize(sequenceKey));
  const composition = composeFeatures(features);
  bot.use(attachDeps(deps, t, composition));
  bot.use(i18n);
  const app = bot.errorBoundary(handleBotError);
  app.use(privateOnlyFeature, callbackShapeFeature);
  app.use(loadActor, renegotiateLocale);
  if (deps.middleware) app.use(...deps.middleware);
  app.use(
    conversations<BotContext, Context>({
      storage: { type: "key", version: CONVERSATION_STATE_VERSION, adapter: deps.conversationStorage },
      // Each conversation has its own Api object: auto-retry must be installed on it too (STACK.md).
      plugins: [retryInsideConversation],
    }),
  );
  for (const entry of features.flatMap((f) => f.conversations ?? [])) {
    app.use(createConversation(entry.build(deps, t), { id: entry.id }));
  }
  // Menus must sit upstream of every handler that sends them (start, /menu); a stranger's press finds no
  // entries for them and gets the short refusal, nothing more.
  app.use(composition.mainMenu);
  app.use(...featureComposers(features, true), accessGate);
  app.use(...featureComposers(features, false), formResumeFeature, unhandledFeature.composer!);

  return { bot, i18n, t };
}

const renegotiateLocale: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.actor) await ctx.i18n.renegotiateLocale();
  return next();
};

const retryInsideConversation: MiddlewareFn<Context> = (ctx, next) => {
  ctx.api.config.use(boundedRetry());
  return next();
};

function sequenceKey(ctx: Context): string | undefined {
  return (ctx.chat?.id ?? ctx.from?.id)?.toString();
}

export type RoadmapBot = ReturnType<typeof createBot>;
