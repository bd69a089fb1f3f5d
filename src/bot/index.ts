// createBot: the whole bot from its dependencies. Nothing is created at import time, so tests, the demo and
// main all build the same bot, pointed at whichever Bot API root they like.
import { autoRetry } from "@grammyjs/auto-retry";
import { conversations, createConversation } from "@grammyjs/conversations";
import { Bot, type Context, type MiddlewareFn } from "grammy";
import type { BotContext, BotDeps } from "./context.js";
import { handleBotError } from "./error-boundary.js";
import { accessGate } from "./features/access-gate.js";
import { composeFeatures, featureComposers } from "./features/compose-features.js";
import type { BotFeature } from "./features/feature.js";
import { FEATURES } from "./features/index.js";
import { unhandledFeature } from "./features/unhandled.js";
import { createI18n, translator, type Language } from "./i18n.js";
import { attachDeps } from "./middlewares/attach-deps.js";
import { dedupeUpdates } from "./middlewares/dedupe-updates.js";
import { loadActor } from "./middlewares/load-actor.js";

// A handler must answer quickly; a flood wait longer than this is better surfaced than waited out.
const RETRY_OPTIONS = { maxRetryAttempts: 3, maxDelaySeconds: 30 };

/** Bump when a conversation's code changes shape, so stored replay logs are dropped instead of misread. */
export const CONVERSATION_STATE_VERSION = 1;

export function createBot(deps: BotDeps, features: readonly BotFeature[] = FEATURES) {
  const bot = new Bot<BotContext>(deps.config.botToken, {
    client: { apiRoot: deps.config.botApiRoot },
  });
  bot.api.config.use(autoRetry(RETRY_OPTIONS));

  const i18n = createI18n<BotContext>((ctx) => ctx.actor?.language ?? (ctx.from?.language_code === "en" ? "en" : undefined));
  const t = (language: Language) => translator(i18n, language);

  const composition = composeFeatures(features);
  bot.use(attachDeps(deps, t, composition));
  if (deps.claimUpdate) bot.use(dedupeUpdates(deps.claimUpdate));
  bot.use(i18n);
  const app = bot.errorBoundary(handleBotError);
  app.use(loadActor, renegotiateLocale);
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
  app.use(...featureComposers(features, false), unhandledFeature.composer!);

  return { bot, i18n, t };
}

const renegotiateLocale: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.actor) await ctx.i18n.renegotiateLocale();
  return next();
};

const retryInsideConversation: MiddlewareFn<Context> = (ctx, next) => {
  ctx.api.config.use(autoRetry(RETRY_OPTIONS));
  return next();
};

export type RoadmapBot = ReturnType<typeof createBot>;
