// How many indicators a campaign asks: the per-school table sizes its pages by it before reading one.
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { loadCampaign } from "./campaign-access.js";

export async function countCampaignIndicators(deps: DomainDeps, actor: Actor, campaignId: number): Promise<number> {
  await loadCampaign(deps, actor, campaignId);
  return deps.db.campaignIndicator.count({ where: { campaignId } });
}
