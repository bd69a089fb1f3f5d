// What a feature hands the bot: its handlers, its main-menu entries, its commands and its conversations.
// createBot composes them (src/bot/features/index.ts lists them); no feature imports another's screens.
import type { ConversationBuilder } from "@grammyjs/conversations";
import type { Composer, Context } from "grammy";
import type { Role } from "../../generated/prisma/enums.js";
import type { BotContext, BotDeps } from "../context.js";
import type { Language, Translate } from "../i18n.js";

/** A main-menu button. The menu answers the press before `run`, except for a `soon` entry (it answers itself). */
export interface MenuEntry {
  /** Locale key of the button's text, e.g. "menu-tasks". */
  label: string;
  roles: readonly Role[];
  /** Position among the role's entries, ascending; coming-soon.ts shows each capability's slot. */
  order: number;
  run(ctx: BotContext): Promise<unknown>;
  /** A capability still to come: shown with «скоро» until a real entry with the same label covers the role. */
  soon?: boolean;
}

/** A command in Telegram's per-person command list; its description is the text `command-<command>`. */
export interface CommandEntry {
  command: string;
  roles: readonly Role[];
  /** Position in the list, ascending; 50 when not given. */
  order?: number;
}

export interface ConversationEntry {
  id: string;
  build(deps: BotDeps, t: (language: Language) => Translate): ConversationBuilder<BotContext, Context>;
}

export interface BotFeature {
  name: string;
  composer?: Composer<BotContext>;
  menu?: readonly MenuEntry[];
  commands?: readonly CommandEntry[];
  conversations?: readonly ConversationEntry[];
  /** Installed before the access gate, so strangers reach it too (/start, /help, the blocked-bot mark). */
  openToStrangers?: boolean;
}
