import type { ConversationData, ConversationFlavor, VersionedState } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context, MiddlewareFn } from "grammy";
import type { Config } from "../config.js";
import type { KeyValueStorage } from "../db/prisma-state-storage.js";
import type { Actor } from "../domain/actor.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Logger } from "../logger.js";
import type { BotComposition } from "./features/compose-features.js";
import type { Language, Translate } from "./i18n.js";

/** What the bot is built with; handed in by whoever starts it (main, tests, the demo). */
export interface BotDeps {
  config: Pick<Config, "botToken" | "botApiRoot" | "defaultTimeZone">;
  domain: DomainDeps;
  logger: Logger;
  /** Where conversations keep their state between updates (the database, so a restart loses nothing). */
  conversationStorage: KeyValueStorage<VersionedState<ConversationData>>;
  /** Wakes the outbox dispatcher after a use case wrote notices, so they go now, not at its next look. */
  wake: () => void;
  /** Fault injection in process-level tests: run inside the error boundary, before every feature. */
  middleware?: MiddlewareFn<BotContext>[];
}

interface ExtraContext {
  deps: BotDeps;
  logger: Logger;
  /** The registered person behind this update, or null for a stranger. */
  actor: Actor | null;
  /** Texts in another person's language, for messages this update sends to someone else. */
  translateFor: (language: Language) => Translate;
  /** The main menu and command lists composed from every feature. */
  composition: BotComposition;
}

export type BaseContext = Context & ExtraContext & I18nFlavor;
export type BotContext = ConversationFlavor<BaseContext>;
