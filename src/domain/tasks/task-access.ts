// Who may see and act on an assignment. Checked by every use case, so forged buttons change nothing.
import { requireMunicipality, requireRole, type Actor } from "../actor.js";
import { DomainError } from "../errors.js";

export interface AssignmentScope {
  municipalityId: number;
  schoolId: number | null;
  personId: number | null;
}

export const STAFF_ROLES = ["OFFICIAL", "METHODOLOGIST"] as const;

export function isStaff(actor: Actor): boolean {
  return actor.role === "OFFICIAL" || actor.role === "METHODOLOGIST";
}

/** Staff see every assignment of their municipality; a head only their school's; anyone their own. */
export function requireSeesAssignment(actor: Actor, a: AssignmentScope): void {
  requireMunicipality(actor, a.municipalityId);
  if (isStaff(actor) || isAssignee(actor, a)) return;
  throw new DomainError("forbidden");
}

/** The school's heads close a school's assignment; a named person closes their own. */
export function isAssignee(actor: Actor, a: AssignmentScope): boolean {
  if (actor.municipalityId !== a.municipalityId) return false;
  if (a.schoolId !== null) return actor.role === "HEAD" && actor.schoolId === a.schoolId;
  return a.personId === actor.personId;
}

export function requireReviewer(actor: Actor, a: AssignmentScope): void {
  requireRole(actor, ...STAFF_ROLES);
  requireMunicipality(actor, a.municipalityId);
}
