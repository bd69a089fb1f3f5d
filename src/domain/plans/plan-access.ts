// Who may import and export a municipality's roadmap: its methodologists and admins (and the system: CLI, demo).
import { requireMunicipality, requireRole } from "../actor.js";
import { isSystemActor, type Caller } from "../people/system-actor.js";

export function requirePlanEditor(caller: Caller, municipalityId: number): void {
  if (isSystemActor(caller)) return;
  requireRole(caller, "METHODOLOGIST", "ADMIN");
  requireMunicipality(caller, municipalityId);
}

/** Staff see the whole plan; a head sees it too, with their own school's state only. */
export function requirePlanReader(caller: Caller, municipalityId: number): void {
  if (!isSystemActor(caller)) requireMunicipality(caller, municipalityId);
}
