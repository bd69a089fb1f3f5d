// «Итоги»: the campaign, how many schools submitted, and each indicator's municipal figure — counts and sums
// from the database, no school's values loaded.
import { z } from "zod";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { campaignAggregates, formatAggregate, type IndicatorAggregate } from "./campaign-aggregates.js";
import { campaignHeader, loadCampaign } from "./campaign-access.js";
import { campaignCounts } from "./campaign-counts.js";
import { loadAskedIndicators, type AskedIndicator } from "./campaign-indicators.js";
import { idSchema, parseInput } from "./campaign-input.js";

const summaryInput = z.object({ campaignId: idSchema });

export interface CampaignSummary {
  campaign: ReturnType<typeof campaignHeader> & { municipalityName: string };
  indicators: Array<AskedIndicator & { aggregate: IndicatorAggregate; formatted: string }>;
  schoolCount: number;
  submittedCount: number;
  draftCount: number;
}

export async function getCampaignSummary(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof summaryInput>,
): Promise<CampaignSummary> {
  const { campaignId } = parseInput(summaryInput, input);
  requireRole(actor, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  const campaign = await loadCampaign(deps, actor, campaignId);
  const indicators = await loadAskedIndicators(deps.db, campaignId);
  const [aggregates, counts] = await Promise.all([
    campaignAggregates(deps.db, campaignId, indicators),
    campaignCounts(deps.db, [campaignId]),
  ]);
  const count = counts.get(campaignId) ?? { schoolCount: 0, submittedCount: 0, draftCount: 0 };
  return {
    campaign: { ...campaignHeader(campaign), municipalityName: campaign.municipality.name },
    indicators: indicators.map((indicator, i) => ({
      ...indicator,
      aggregate: aggregates[i]!,
      formatted: formatAggregate(aggregates[i]!, actor.language),
    })),
    ...count,
  };
}
