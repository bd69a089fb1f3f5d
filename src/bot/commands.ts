// Commands shown in Telegram's menu: strangers see /start and /help; a registered person sees their role's.
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Role } from "../generated/prisma/enums.js";
import type { Language, Translate } from "./i18n.js";

const COMMANDS_BY_ROLE: Record<Role, string[]> = {
  HEAD: ["menu", "forms", "status", "help", "lang"],
  METHODOLOGIST: ["menu", "campaigns", "newcampaign", "status", "help", "lang"],
  OFFICIAL: ["menu", "status", "campaigns", "digest", "help", "lang"],
  ADMIN: ["menu", "campaigns", "newcampaign", "status", "help", "lang"],
};

export function commandsFor(role: Role, t: Translate): BotCommand[] {
  return COMMANDS_BY_ROLE[role].map((command) => ({ command, description: t(`command-${command}`) }));
}

export async function setDefaultCommands(api: Api, t: (language: Language) => Translate): Promise<void> {
  for (const language of ["ru", "en"] as const) {
    const tr = t(language);
    const commands = ["start", "help"].map((command) => ({ command, description: tr(`command-${command}`) }));
    await api.setMyCommands(commands, { scope: { type: "all_private_chats" }, ...(language === "ru" ? {} : { language_code: language }) });
  }
}

export async function setPersonCommands(api: Api, chatId: number, role: Role, t: Translate): Promise<void> {
  await api.setMyCommands(commandsFor(role, t), { scope: { type: "chat", chat_id: chatId } });
}
