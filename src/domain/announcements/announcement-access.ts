// Who may do what with an announcement: the sender and the municipality's officials see its card; only the
// sender corrects, recalls or reminds; a recipient acknowledges and re-reads their own copy.
import { requireMunicipality, requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";

export const SENDER_ROLES = ["METHODOLOGIST", "OFFICIAL"] as const;

export async function loadAnnouncement(deps: DomainDeps, id: number) {
  const a = await deps.db.announcement.findUnique({
    where: { id },
    include: { municipality: { select: { timeZone: true } }, author: { select: { displayName: true } } },
  });
  if (!a) throw new DomainError("not-found");
  return a;
}

export type LoadedAnnouncement = Awaited<ReturnType<typeof loadAnnouncement>>;

/** The card: its sender, or an official / admin of the municipality. */
export function requireCardAccess(actor: Actor, a: { municipalityId: number; authorId: number }): void {
  requireMunicipality(actor, a.municipalityId);
  if (a.authorId !== actor.personId) requireRole(actor, "OFFICIAL", "ADMIN");
}

export function requireSender(actor: Actor, a: { municipalityId: number; authorId: number }): void {
  requireMunicipality(actor, a.municipalityId);
  if (a.authorId !== actor.personId) throw new DomainError("forbidden");
}
