// Gives a revoked person their access back on the same Telegram account: the person row (role, school,
// history) stays theirs, so nothing has to be re-invited or re-linked.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "./parse-input.js";
import { auditActorId, requireAdminOf, type Caller } from "./system-actor.js";

const inputSchema = z.object({ personId: z.number().int().positive() });

export interface RestoredPerson {
  id: number;
  displayName: string;
  /** false: they were not revoked; nothing changed */
  changed: boolean;
}

export async function restorePerson(deps: DomainDeps, caller: Caller, input: { personId: number }): Promise<RestoredPerson> {
  const { personId } = parseInput(inputSchema, input);
  const person = await deps.db.person.findUnique({ where: { id: personId } });
  if (!person) throw new DomainError("not-found", { entity: "person", ref: String(personId) });
  requireAdminOf(caller, person.municipalityId);
  if (!person.revokedAt) return { id: person.id, displayName: person.displayName, changed: false };
  return deps.db.$transaction(async (tx) => {
    const updated = await tx.person.updateMany({ where: { id: personId, revokedAt: { not: null } }, data: { revokedAt: null } });
    if (updated.count > 0) {
      await recordAudit(tx, { at: deps.now(), actorId: auditActorId(caller), action: "person.restore", entity: "Person", entityId: personId });
    }
    return { id: person.id, displayName: person.displayName, changed: updated.count > 0 };
  });
}
