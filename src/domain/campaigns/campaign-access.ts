// Loading a campaign and one of its schools with the access checks every campaign use case repeats.
import { requireMunicipality, requireRole, requireSchoolAccess, type Actor } from "../actor.js";
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

/** A campaign as views hand it out: plain data, moments as ISO strings to format in `timeZone`. */
export function campaignHeader(campaign: LoadedCampaign) {
  return {
    id: campaign.id,
    title: campaign.title,
    period: campaign.period,
    opensAt: campaign.opensAt.toISOString(),
    deadline: campaign.deadline.toISOString(),
    timeZone: campaign.municipality.timeZone,
  };
}

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

/** What every change to a form checks first: a head of that school, the form open, the indicator asked. */
export async function loadEditableIndicator(
  deps: DomainDeps,
  actor: Actor,
  ids: { campaignId: number; schoolId: number; indicatorId: number },
) {
  const campaign = await loadCampaign(deps, actor, ids.campaignId);
  requireRole(actor, "HEAD");
  const { link } = await loadCampaignSchool(deps, actor, campaign, ids.schoolId);
  requireOpenForm(formWindow(campaign, link, deps.now()));
  const asked = await deps.db.campaignIndicator.findUnique({
    where: { campaignId_indicatorId: { campaignId: campaign.id, indicatorId: ids.indicatorId } },
    include: { indicator: true },
  });
  if (!asked) throw new DomainError("not-found");
  return { campaign, indicator: asked.indicator };
}
