// Telegram user ids are stored as BigInt (Person.telegramId) but fit in a JS number (< 2^52), so the domain
// hands out numbers and accepts any of the three forms callers hold.
import { invalidInput } from "../input-error.js";

export type TelegramIdInput = number | bigint | string;

export function toTelegramId(value: TelegramIdInput): bigint {
  const text = typeof value === "string" ? value.trim() : String(value);
  if (!/^[1-9]\d{0,15}$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw invalidInput("telegramId", "not-a-telegram-id");
  }
  return BigInt(text);
}

export const telegramIdToNumber = (value: bigint | null): number | null => (value === null ? null : Number(value));
