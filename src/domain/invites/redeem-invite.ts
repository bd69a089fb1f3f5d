// /start <code>: the only way in. The invite decides role, municipality and school; single use holds under a
// race because the claim is a conditional update (usedAt still null) in the same transaction as the person.
import { z } from "zod";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError, isDomainError, type DomainErrorCode } from "../errors.js";
import { isUniqueViolation } from "../is-unique-violation.js";
import { parseInput } from "../people/parse-input.js";
import { toTelegramId } from "../people/telegram-id.js";
import { actorSelect, toActor } from "../people/to-actor.js";
import { findInviteByCode } from "./find-invite-by-code.js";
import { inviteStatus } from "./invite-view.js";
import { isInviteThrottled, recordWrongInviteCode } from "./invite-throttle.js";
import { profileName } from "../people/profile-name.js";

const inputSchema = z.object({
  code: z.string().max(1000),
  telegramId: z.union([z.number(), z.bigint(), z.string()]),
  telegramName: z.string().max(1000).default(""),
  /** "ru" | "en", or Telegram's language_code ("en-US"); anything else means Russian */
  language: z.string().max(35).nullish(),
});

export type RedeemInviteInput = z.input<typeof inputSchema>;

export async function redeemInvite(deps: DomainDeps, input: RedeemInviteInput): Promise<Actor> {
  const data = parseInput(inputSchema, input);
  const telegramId = toTelegramId(data.telegramId);
  const now = deps.now();
  // Guessing codes: after 5 wrong ones in an hour even a right code is not tried until the hour is over.
  if (await isInviteThrottled(deps.db, telegramId, now)) throw new DomainError("invite-rate-limited");
  try {
    return await claimInvite(deps, data, telegramId, now);
  } catch (error) {
    if (isDomainError(error) && WRONG_CODE.has(error.code)) await recordWrongInviteCode(deps.db, telegramId, now);
    throw error;
  }
}

/** Every answer that means "this code does not let you in" counts against the account. */
const WRONG_CODE = new Set<DomainErrorCode>(["invite-unknown", "invite-used", "invite-expired", "invite-revoked"]);

async function claimInvite(
  deps: DomainDeps,
  data: z.output<typeof inputSchema>,
  telegramId: bigint,
  now: Date,
): Promise<Actor> {

  // A malformed code gets the same answer as an unknown one: the reply never tells whether a code exists.
  const invite = await findInviteByCode(deps.db, data.code);
  if (!invite) throw new DomainError("invite-unknown");
  const existing = await deps.db.person.findUnique({ where: { telegramId }, select: { id: true } });
  if (existing) throw new DomainError("already-registered");
  const status = inviteStatus(invite, now);
  if (status !== "active") throw new DomainError(`invite-${status}`);

  const language = /^en\b/i.test(data.language ?? "") ? "en" : "ru";
  const displayName = invite.displayName?.trim() || profileName(data.telegramName) || `Telegram ${telegramId}`;

  try {
    return await deps.db.$transaction(async (tx) => {
      const claimed = await tx.invite.updateMany({
        where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count === 0) {
        // Someone else got there first (or it was revoked meanwhile): say what it is now.
        const current = await tx.invite.findUniqueOrThrow({ where: { id: invite.id } });
        const nowStatus = inviteStatus(current, now);
        throw new DomainError(nowStatus === "active" ? "invite-used" : `invite-${nowStatus}`);
      }
      const person = await tx.person.create({
        data: {
          telegramId,
          displayName,
          role: invite.role,
          municipalityId: invite.municipalityId,
          schoolId: invite.schoolId,
          language,
        },
        select: actorSelect,
      });
      await tx.invite.update({ where: { id: invite.id }, data: { usedById: person.id } });
      await recordAudit(tx, {
        at: deps.now(),
        actorId: person.id,
        action: "invite.redeem",
        entity: "Person",
        entityId: person.id,
        data: { inviteId: invite.id, role: person.role, municipalityId: person.municipalityId, schoolId: person.schoolId },
      });
      return toActor(person);
    });
  } catch (error) {
    // The same Telegram account redeeming two invites at once: the unique telegramId lets one through.
    if (isUniqueViolation(error)) {
      throw new DomainError("already-registered");
    }
    throw error;
  }
}
