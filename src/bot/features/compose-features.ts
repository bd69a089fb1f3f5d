// From the list of features to what the bot installs: the main menu and the per-role command lists, both put on
// the context (ctx.composition) so features show them without importing one another.
import type { Menu } from "@grammyjs/menu";
import type { BotCommand } from "grammy/types";
import type { Role } from "../../generated/prisma/enums.js";
import { commandsFor } from "../commands.js";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";
import type { BotFeature } from "./feature.js";
import { buildMainMenu } from "./main-menu/build-main-menu.js";

export interface BotComposition {
  mainMenu: Menu<BotContext>;
  commandsFor(role: Role, t: Translate): BotCommand[];
}

export function composeFeatures(features: readonly BotFeature[]): BotComposition {
  const commands = features.flatMap((f) => f.commands ?? []);
  return {
    mainMenu: buildMainMenu(features.flatMap((f) => f.menu ?? [])),
    commandsFor: (role, t) => commandsFor(role, commands, t),
  };
}

/** Handlers in list order, split at the access gate: open ones first, then those for registered people. */
export function featureComposers(features: readonly BotFeature[], openToStrangers: boolean) {
  return features.filter((f) => (f.openToStrangers ?? false) === openToStrangers).flatMap((f) => (f.composer ? [f.composer] : []));
}
