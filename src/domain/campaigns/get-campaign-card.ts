// One campaign as the staff list shows it (state and counts), for its card.
import { z } from "zod";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { loadCampaign } from "./campaign-access.js";
import { campaignCounts } from "./campaign-counts.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { staffItem, type StaffCampaignItem } from "./list-campaigns.js";

const cardInput = z.object({ campaignId: idSchema });

export async function getCampaignCard(deps: DomainDeps, actor: Actor, input: z.input<typeof cardInput>): Promise<StaffCampaignItem> {
  const { campaignId } = parseInput(cardInput, input);
  requireRole(actor, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  const campaign = await loadCampaign(deps, actor, campaignId);
  const counts = await campaignCounts(deps.db, [campaignId]);
  return staffItem(campaign, counts.get(campaignId), deps.now(), campaign.municipality.timeZone);
}
