import type { DomainDeps } from "../deps.js";
import { isSystemActor, type Caller } from "../people/system-actor.js";
import { municipalitySelect, toMunicipalityView, type MunicipalityView } from "./municipality-view.js";

export interface MunicipalityListItem extends MunicipalityView {
  schools: number;
  people: number;
}

/** The system sees all municipalities; a person sees only their own. */
export async function listMunicipalities(deps: DomainDeps, caller: Caller): Promise<MunicipalityListItem[]> {
  const rows = await deps.db.municipality.findMany({
    where: isSystemActor(caller) ? {} : { id: caller.municipalityId },
    select: { ...municipalitySelect, _count: { select: { schools: true, people: { where: { revokedAt: null } } } } },
    orderBy: { id: "asc" },
  });
  return rows.map((m) => ({ ...toMunicipalityView(m), schools: m._count.schools, people: m._count.people }));
}
