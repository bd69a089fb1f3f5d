// Whose picture /status shows: officials and admins the whole municipality; a methodologist the campaigns
// and tasks they created; a head their own school (see get-school-status.ts).
import { requireRole, type Actor } from "../actor.js";

export interface StatusScope {
  municipalityId: number;
  /** only campaigns and tasks this person created (a methodologist's own), or null for all */
  creatorId: number | null;
}

export function staffScope(actor: Actor): StatusScope {
  requireRole(actor, "OFFICIAL", "ADMIN", "METHODOLOGIST");
  return { municipalityId: actor.municipalityId, creatorId: actor.role === "METHODOLOGIST" ? actor.personId : null };
}

/** A campaign still counts on /status this long after its deadline: the schools that missed it still owe it. */
export const CLOSED_CAMPAIGN_GRACE_MS = 14 * 24 * 3600_000;

export const STATUS_PAGE_SIZE = 10;
