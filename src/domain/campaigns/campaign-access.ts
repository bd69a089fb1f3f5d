// Loading a campaign and one of its schools with the access checks every campaign use case repeats.
import { requireMunicipality, requireSchoolAccess, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";

export async function loadCampaign(deps: DomainDeps, actor: Actor, campaignId: number) {
  const campaign = await deps.db.campaign.findUnique({
    where: { id: campaignId },
    include: { municipality: { select: { name: true, timeZone: true } } },
  });
  if (!campaign) throw new DomainError("not-found");
  requireMunicipality(actor, campaign.municipalityId);
  return campaign;
}

export type LoadedCampaign = Awaited<ReturnType<typeof loadCampaign>>;

/** The school must be visible to the actor (a forged id is forbidden) and asked by the campaign. */
export async function loadCampaignSchool(deps: DomainDeps, actor: Actor, campaign: { id: number }, schoolId: number) {
  const school = await deps.db.school.findUnique({ where: { id: schoolId } });
  if (!school) throw new DomainError("not-found");
  requireSchoolAccess(actor, school);
  const link = await deps.db.campaignSchool.findUnique({
    where: { campaignId_schoolId: { campaignId: campaign.id, schoolId } },
  });
  if (!link) throw new DomainError("not-found");
  return { school, link };
}

export type FormWindow = "not-open" | "open" | "closed";

/** Open from opensAt until the deadline, or until the school's own reopenedUntil when that is later. */
export function formWindow(
  campaign: { opensAt: Date; deadline: Date },
  link: { reopenedUntil: Date | null },
  now: Date,
): FormWindow {
  if (now < campaign.opensAt) return "not-open";
  if (now < campaign.deadline) return "open";
  return link.reopenedUntil !== null && now < link.reopenedUntil ? "open" : "closed";
}

export function requireOpenForm(window: FormWindow): void {
  if (window === "not-open") throw new DomainError("campaign-not-open");
  if (window === "closed") throw new DomainError("campaign-closed");
}
