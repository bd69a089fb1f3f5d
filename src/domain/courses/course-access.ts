// Who may touch course records. A head: only their own school (read and report). Methodologists and admins:
// every school of their municipality, and the catalogue. Officials: read only. The CLI acts as the system.
import type { Role } from "../../generated/prisma/enums.js";
import { requireMunicipality, requireRole, requireSchoolAccess } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { isSystemActor, type Caller } from "../people/system-actor.js";

const WRITERS: Role[] = ["HEAD", "METHODOLOGIST", "ADMIN"];
const READERS: Role[] = ["HEAD", "METHODOLOGIST", "OFFICIAL", "ADMIN"];
export const CATALOGUE_EDITORS: Role[] = ["METHODOLOGIST", "ADMIN"];

export async function loadSchoolFor(deps: Pick<DomainDeps, "db">, caller: Caller, schoolId: number, mode: "read" | "write") {
  const school = await deps.db.school.findUnique({ where: { id: schoolId }, select: { id: true, municipalityId: true, shortName: true, name: true } });
  if (!school) throw new DomainError("not-found", { entity: "school", ref: String(schoolId) });
  if (!isSystemActor(caller)) {
    requireRole(caller, ...(mode === "write" ? WRITERS : READERS));
    requireSchoolAccess(caller, school);
  }
  return school;
}

export function requireCatalogueEditor(caller: Caller, municipalityId: number): void {
  if (isSystemActor(caller)) return;
  requireRole(caller, ...CATALOGUE_EDITORS);
  requireMunicipality(caller, municipalityId);
}

/** Staff see the whole municipality; a head is refused (they see their school's figures only). */
export function requireMunicipalityReader(caller: Caller, municipalityId: number): void {
  if (isSystemActor(caller)) return;
  requireRole(caller, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  requireMunicipality(caller, municipalityId);
}
