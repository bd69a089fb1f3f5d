import type { BotCommand, BotCommandScope } from "grammy/types";
import { badRequest } from "./api-error.js";
import { isRecord } from "./request-params.js";

const SCOPE_TYPES = new Set<string>([
  "default",
  "all_private_chats",
  "all_group_chats",
  "all_chat_administrators",
  "chat",
  "chat_administrators",
  "chat_member",
]);

const MAX_COMMANDS = 100;

/** Parses a `scope` parameter; absent means the default scope. */
export function parseScope(value: unknown): BotCommandScope {
  if (value === undefined) return { type: "default" };
  if (!isRecord(value) || typeof value.type !== "string" || !SCOPE_TYPES.has(value.type)) {
    throw badRequest("can't parse BotCommandScope JSON object");
  }
  const needsChat = ["chat", "chat_administrators", "chat_member"].includes(value.type);
  if (needsChat && value.chat_id === undefined) throw badRequest("chat_id is empty");
  if (value.type === "chat_member" && value.user_id === undefined) throw badRequest("user_id is empty");
  // Checked above: a known type with the ids it requires.
  return value as unknown as BotCommandScope;
}

export function parseCommands(value: unknown): BotCommand[] {
  if (!Array.isArray(value)) throw badRequest("can't parse commands JSON object");
  if (value.length > MAX_COMMANDS) throw badRequest("too many commands specified");
  return value.map((entry: unknown): BotCommand => {
    if (!isRecord(entry) || typeof entry.command !== "string" || typeof entry.description !== "string") {
      throw badRequest("can't parse BotCommand JSON object");
    }
    if (!/^[a-z0-9_]{1,32}$/.test(entry.command)) throw badRequest("BOT_COMMAND_INVALID");
    if (entry.description.length < 1 || entry.description.length > 256) {
      throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    }
    return { command: entry.command, description: entry.description };
  });
}

/**
 * Command lists per (scope, language), as setMyCommands stores them. Keys are
 * built from the scope's fields, not its JSON, so property order is irrelevant.
 */
export class CommandStore {
  private readonly lists = new Map<string, BotCommand[]>();

  set(scope: BotCommandScope, languageCode: string | undefined, commands: BotCommand[]): void {
    if (commands.length === 0) this.lists.delete(key(scope, languageCode));
    else this.lists.set(key(scope, languageCode), commands);
  }

  get(scope: BotCommandScope, languageCode: string | undefined): BotCommand[] {
    return this.lists.get(key(scope, languageCode)) ?? [];
  }

  delete(scope: BotCommandScope, languageCode: string | undefined): void {
    this.lists.delete(key(scope, languageCode));
  }

  /** The "/" menu a user sees in a private chat, resolved in Telegram's documented order. */
  forPrivateChat(chatId: number, languageCode: string | undefined): BotCommand[] {
    const scopes: BotCommandScope[] = [{ type: "chat", chat_id: chatId }, { type: "all_private_chats" }, { type: "default" }];
    for (const scope of scopes) {
      const languages = languageCode ? [languageCode, undefined] : [undefined];
      for (const language of languages) {
        const commands = this.get(scope, language);
        if (commands.length > 0) return commands;
      }
    }
    return [];
  }
}

function key(scope: BotCommandScope, languageCode: string | undefined): string {
  const chatId = "chat_id" in scope ? String(scope.chat_id) : "";
  const userId = "user_id" in scope ? String(scope.user_id) : "";
  return [scope.type, chatId, userId, languageCode ?? ""].join("|");
}
