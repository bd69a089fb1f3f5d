// Commands shown in Telegram's menu: strangers see /start and /help; a registered person sees their role's,
// gathered from every feature's CommandEntry list.
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Role } from "../generated/prisma/enums.js";
import type { BotContext } from "./context.js";
import type { CommandEntry } from "./features/feature.js";
import type { Language, Translate } from "./i18n.js";

const STRANGER_COMMANDS = ["start", "help"];
const DEFAULT_ORDER = 50;

export function commandsFor(role: Role, entries: readonly CommandEntry[], t: Translate): BotCommand[] {
  return entries
    .filter((entry) => entry.roles.includes(role))
    .sort((a, b) => (a.order ?? DEFAULT_ORDER) - (b.order ?? DEFAULT_ORDER))
    .map(({ command }) => ({ command, description: t(`command-${command}`) }));
}

export async function setDefaultCommands(api: Api, t: (language: Language) => Translate): Promise<void> {
  for (const language of ["ru", "en"] as const) {
    const tr = t(language);
    const commands = STRANGER_COMMANDS.map((command) => ({ command, description: tr(`command-${command}`) }));
    await api.setMyCommands(commands, { scope: { type: "all_private_chats" }, ...(language === "ru" ? {} : { language_code: language }) });
  }
}

/** The person's own list, in the language they use now (after /start or a language change). */
export async function setPersonCommands(ctx: BotContext, role: Role): Promise<void> {
  // A Bot API server that lacks or refuses it must not keep the menu (shown next) from the person.
  await ctx.api
    .setMyCommands(ctx.composition.commandsFor(role, ctx.t), { scope: { type: "chat", chat_id: ctx.chat!.id } })
    .catch((error: unknown) => ctx.logger.warn({ err: error }, "could not set the person's command menu"));
}
