// Job: campaigns whose opening moment has come are marked opened, and every head of their schools not yet told
// gets an opening notice in the outbox (held past the municipality's quiet hours). Durable by design: a head
// who joins after the opening, or a run that crashed half-way, is picked up by the next run; the dedupe key
// keeps it to one notice per head.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { DomainDeps } from "../deps.js";
import { CAMPAIGN_OPENED } from "./campaign-notice-kinds.js";
import { enqueueCampaignNotices } from "./campaign-notice-sweep.js";

export async function openDueCampaigns(deps: DomainDeps): Promise<{ queued: number }> {
  const now = deps.now();
  return deps.db.$transaction((tx) => openAndEnqueue(tx, now));
}

/** Also called by createCampaign in its own transaction for a campaign that opens at once. */
export async function openAndEnqueue(db: PrismaClient | Prisma.TransactionClient, now: Date, campaignId?: number): Promise<{ queued: number }> {
  await db.campaign.updateMany({
    where: { openedAt: null, opensAt: { lte: now }, ...(campaignId !== undefined ? { id: campaignId } : {}) },
    data: { openedAt: now },
  });
  const queued = await enqueueCampaignNotices(db, now, CAMPAIGN_OPENED, campaignId !== undefined ? { campaignId } : {});
  return { queued };
}
