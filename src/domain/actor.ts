// Who is acting. Every use case takes the actor and checks its scope here, so access holds even when a
// forged button or a bug in the bot asks for something the person must not see.
import type { Role } from "../generated/prisma/enums.js";
import { DomainError } from "./errors.js";

export interface Actor {
  personId: number;
  role: Role;
  municipalityId: number;
  schoolId: number | null;
  language: "ru" | "en";
  displayName: string;
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw new DomainError("forbidden");
}

export function requireMunicipality(actor: Actor, municipalityId: number): void {
  if (actor.municipalityId !== municipalityId) throw new DomainError("forbidden");
}

/** A head sees only their own school; staff of the municipality see all its schools. */
export function requireSchoolAccess(actor: Actor, school: { id: number; municipalityId: number }): void {
  requireMunicipality(actor, school.municipalityId);
  if (actor.role === "HEAD" && actor.schoolId !== school.id) throw new DomainError("forbidden");
}
