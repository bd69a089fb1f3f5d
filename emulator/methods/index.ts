import { botSettingsMethods } from "./bot-settings.js";
import { fileMethods } from "./files.js";
import type { MethodHandler } from "./method.js";
import { messageMethods } from "./messages.js";
import { updateMethods } from "./updates.js";

const TABLES = [botSettingsMethods, messageMethods, fileMethods, updateMethods];

/** Telegram matches method names case-insensitively ("sendmessage" works too). */
const BY_LOWER_CASE_NAME = new Map<string, { name: string; handler: MethodHandler }>(
  TABLES.flatMap((table) => Object.entries(table)).map(([name, handler]) => [name.toLowerCase(), { name, handler }]),
);

export function findMethod(name: string): { name: string; handler: MethodHandler } | undefined {
  return BY_LOWER_CASE_NAME.get(name.toLowerCase());
}
