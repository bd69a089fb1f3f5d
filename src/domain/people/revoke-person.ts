import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "./parse-input.js";
import { auditActorId, isSystemActor, requireAdminOf, type Caller } from "./system-actor.js";

const inputSchema = z.object({ personId: z.number().int().positive() });

export interface RevokedPerson {
  id: number;
  displayName: string;
  revokedAt: Date;
  /** false: they had been revoked before; nothing changed */
  changed: boolean;
}

/** Withdraws access: from the next update on, findActor answers "access-revoked". */
export async function revokePerson(deps: DomainDeps, caller: Caller, input: { personId: number }): Promise<RevokedPerson> {
  const { personId } = parseInput(inputSchema, input);
  const person = await deps.db.person.findUnique({ where: { id: personId } });
  if (!person) throw new DomainError("not-found", { entity: "person", ref: String(personId) });
  requireAdminOf(caller, person.municipalityId);
  // An admin locking themselves out would leave nobody to undo it in the bot.
  if (!isSystemActor(caller) && caller.personId === personId) throw new DomainError("forbidden");
  if (person.revokedAt) return { id: person.id, displayName: person.displayName, revokedAt: person.revokedAt, changed: false };
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const updated = await tx.person.updateMany({ where: { id: personId, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count > 0) {
      await recordAudit(tx, { at: deps.now(), actorId: auditActorId(caller), action: "person.revoke", entity: "Person", entityId: personId });
    }
    const current = await tx.person.findUniqueOrThrow({ where: { id: personId } });
    return { id: current.id, displayName: current.displayName, revokedAt: current.revokedAt ?? now, changed: updated.count > 0 };
  });
}
