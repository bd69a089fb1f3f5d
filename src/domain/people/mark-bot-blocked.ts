// The person blocked the bot (a 403 on send, or my_chat_member "kicked"): stop sending until they come back
// (my_chat_member "member", or any message from them), which clears the mark.
import type { DomainDeps } from "../deps.js";
import { toTelegramId, type TelegramIdInput } from "./telegram-id.js";

export type MarkBotBlockedInput = ({ personId: number } | { telegramId: TelegramIdInput }) & {
  /** false: they unblocked the bot. Default true. */
  blocked?: boolean;
};

/** Returns whether anything changed; an unknown person or a repeated mark is a no-op, never an error. */
export async function markBotBlocked(deps: DomainDeps, input: MarkBotBlockedInput): Promise<{ changed: boolean }> {
  const who = "personId" in input ? { id: input.personId } : { telegramId: toTelegramId(input.telegramId) };
  const blocked = input.blocked ?? true;
  // Conditional on the current state, so the first blocking moment is kept and repeats write nothing.
  const result = await deps.db.person.updateMany({
    where: { ...who, blockedBotAt: blocked ? null : { not: null } },
    data: { blockedBotAt: blocked ? deps.now() : null },
  });
  return { changed: result.count > 0 };
}
