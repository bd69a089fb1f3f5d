import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { requireSeesMunicipality, type Caller } from "../people/system-actor.js";
import { municipalitySelect, toMunicipalityView, type MunicipalityView } from "./municipality-view.js";

/**
 * By id (a number, or a string of digits) or by exact name. A digits-only string that is no id is tried as a
 * name too, so a municipality may still be called "2".
 */
export async function findMunicipality(deps: DomainDeps, caller: Caller, ref: number | string): Promise<MunicipalityView> {
  const text = String(ref).trim();
  let found = null;
  if (/^\d{1,9}$/.test(text)) {
    found = await deps.db.municipality.findUnique({ where: { id: Number(text) }, select: municipalitySelect });
  }
  if (!found && typeof ref === "string") {
    found = await deps.db.municipality.findUnique({ where: { name: text.replace(/\s+/g, " ") }, select: municipalitySelect });
  }
  if (!found) throw new DomainError("not-found", { entity: "municipality", ref: text });
  requireSeesMunicipality(caller, found.id);
  return toMunicipalityView(found);
}
