import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { requireSchoolAccess } from "../actor.js";
import { isSystemActor, requireSeesMunicipality, type Caller } from "../people/system-actor.js";
import { normalizeName, schoolSelect, type SchoolView } from "./school-view.js";

/** A school of the municipality by id, short name or full name (exact, case-insensitive for names). */
export async function findSchool(
  deps: DomainDeps,
  caller: Caller,
  input: { municipalityId: number; ref: number | string },
): Promise<SchoolView> {
  requireSeesMunicipality(caller, input.municipalityId);
  const text = normalizeName(String(input.ref));
  const schools = await deps.db.school.findMany({ where: { municipalityId: input.municipalityId }, select: schoolSelect });
  const lower = text.toLowerCase();
  const found =
    (/^\d{1,9}$/.test(text) ? schools.find((s) => s.id === Number(text)) : undefined) ??
    schools.find((s) => s.shortName.toLowerCase() === lower) ??
    schools.find((s) => s.name.toLowerCase() === lower);
  if (!found) throw new DomainError("not-found", { entity: "school", ref: text });
  if (!isSystemActor(caller)) requireSchoolAccess(caller, found);
  return found;
}
