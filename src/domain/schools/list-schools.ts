import type { DomainDeps } from "../deps.js";
import { isSystemActor, requireSeesMunicipality, type Caller } from "../people/system-actor.js";
import { schoolSelect, type SchoolView } from "./school-view.js";

/** Staff see every school of their municipality; a head sees only their own school. */
export async function listSchools(deps: DomainDeps, caller: Caller, input: { municipalityId: number }): Promise<SchoolView[]> {
  requireSeesMunicipality(caller, input.municipalityId);
  const onlyOwn = !isSystemActor(caller) && caller.role === "HEAD";
  return deps.db.school.findMany({
    where: { municipalityId: input.municipalityId, ...(onlyOwn ? { id: caller.schoolId ?? -1 } : {}) },
    select: schoolSelect,
    orderBy: [{ shortName: "asc" }, { id: "asc" }],
  });
}
