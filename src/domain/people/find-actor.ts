// Runs on every update: one lookup by the unique telegramId index, nothing else.
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { toTelegramId, type TelegramIdInput } from "./telegram-id.js";
import { actorSelect, toActor } from "./to-actor.js";

/** The registered person behind a Telegram account, or null for a stranger; throws "access-revoked". */
export async function findActor(deps: DomainDeps, telegramId: TelegramIdInput): Promise<Actor | null> {
  const person = await deps.db.person.findUnique({ where: { telegramId: toTelegramId(telegramId) }, select: actorSelect });
  if (!person) return null;
  if (person.revokedAt) throw new DomainError("access-revoked");
  return toActor(person);
}
