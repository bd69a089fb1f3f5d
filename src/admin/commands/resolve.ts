// --municipality and --school accept an id or a name, as admins remember them.
import type { DomainDeps } from "../../domain/deps.js";
import { findMunicipality } from "../../domain/municipalities/find-municipality.js";
import type { MunicipalityView } from "../../domain/municipalities/municipality-view.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { findSchool } from "../../domain/schools/find-school.js";
import type { SchoolView } from "../../domain/schools/school-view.js";
import { requiredString, type OptionValues } from "../command.js";

export function resolveMunicipality(deps: DomainDeps, values: OptionValues): Promise<MunicipalityView> {
  return findMunicipality(deps, systemActor, requiredString(values, "municipality"));
}

export function resolveSchool(deps: DomainDeps, municipalityId: number, ref: string): Promise<SchoolView> {
  return findSchool(deps, systemActor, { municipalityId, ref });
}
