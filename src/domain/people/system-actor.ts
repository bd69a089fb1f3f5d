// The admin CLI and the demo seed act as "the system": not a person, so nothing pretends to be one in the
// audit log (actorId null) and no fake Person row is needed to bootstrap the first admin.
import { requireMunicipality, requireRole, type Actor } from "../actor.js";

export interface SystemActor {
  kind: "system";
}

export const systemActor: SystemActor = Object.freeze({ kind: "system" });

/** Whoever calls a use case: a registered person or the system. */
export type Caller = Actor | SystemActor;

export function isSystemActor(caller: Caller): caller is SystemActor {
  return "kind" in caller && caller.kind === "system";
}

/** The system may do anything; a person must be an ADMIN of that municipality. */
export function requireAdminOf(caller: Caller, municipalityId: number): void {
  if (isSystemActor(caller)) return;
  requireRole(caller, "ADMIN");
  requireMunicipality(caller, municipalityId);
}

/** The system sees every municipality; a person only their own. */
export function requireSeesMunicipality(caller: Caller, municipalityId: number): void {
  if (!isSystemActor(caller)) requireMunicipality(caller, municipalityId);
}

export const auditActorId = (caller: Caller): number | null => (isSystemActor(caller) ? null : caller.personId);
