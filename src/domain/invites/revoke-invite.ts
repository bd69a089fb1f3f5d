import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { auditActorId, requireAdminOf, type Caller } from "../people/system-actor.js";
import { findInviteByCode } from "./find-invite-by-code.js";
import { toInviteView, type InviteView } from "./invite-view.js";

/** Withdraws an unused invite. Revoking twice is harmless; a used invite is the person's now (revoke the person). */
export async function revokeInvite(deps: DomainDeps, caller: Caller, input: { code: string }): Promise<InviteView> {
  const invite = await findInviteByCode(deps.db, input.code);
  if (!invite) throw new DomainError("invite-unknown");
  requireAdminOf(caller, invite.municipalityId);
  const now = deps.now();
  if (invite.revokedAt) return toInviteView(invite, now);
  return deps.db.$transaction(async (tx) => {
    const revoked = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) {
      // Used or revoked between the read and the update.
      const current = await tx.invite.findUniqueOrThrow({ where: { id: invite.id } });
      if (current.usedAt) throw new DomainError("invite-used");
      return toInviteView(current, now);
    }
    await recordAudit(tx, { at: deps.now(), actorId: auditActorId(caller), action: "invite.revoke", entity: "Invite", entityId: invite.id });
    return toInviteView(await tx.invite.findUniqueOrThrow({ where: { id: invite.id } }), now);
  });
}
