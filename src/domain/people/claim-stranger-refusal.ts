// A stranger (no invite redeemed) gets one polite refusal a day and nothing else, so one who keeps typing
// causes no reply storm. This claims the day's refusal: true means "answer now", false "stay silent".
import type { DomainDeps } from "../deps.js";
import { isUniqueViolation } from "../is-unique-violation.js";
import { toTelegramId, type TelegramIdInput } from "./telegram-id.js";

const REFUSAL_INTERVAL_MS = 24 * 60 * 60 * 1000;

export async function claimStrangerRefusal(deps: DomainDeps, input: { telegramId: TelegramIdInput }): Promise<boolean> {
  const key = `stranger:${toTelegramId(input.telegramId)}`;
  const now = deps.now().getTime();
  // The moment is kept as 13-digit epoch milliseconds, so text order is time order: one conditional update
  // claims the refusal even when two messages arrive at once.
  const renewed = await deps.db.botState.updateMany({
    where: { key, value: { lte: String(now - REFUSAL_INTERVAL_MS) } },
    data: { value: String(now) },
  });
  if (renewed.count > 0) return true;
  try {
    await deps.db.botState.create({ data: { key, value: String(now) } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false; // refused less than a day ago
    throw error;
  }
}
