// How many indicators a campaign asks: the per-school table sizes its pages by it before reading one. Scoped in
// the query itself (another municipality's campaign counts 0); the listing that follows checks access.
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";

export async function countCampaignIndicators(deps: DomainDeps, actor: Actor, campaignId: number): Promise<number> {
  return deps.db.campaignIndicator.count({ where: { campaignId, campaign: { municipalityId: actor.municipalityId } } });
}
