// After the deadline a methodologist lets one school change its form until a given moment.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { invalidInput } from "../input-error.js";
import { enqueueNotices } from "../outbox/enqueue-notices.js";
import { CAMPAIGN_REOPENED, type ReopenNoticePayload } from "./campaign-notice-kinds.js";
import { loadCampaign, loadCampaignSchool } from "./campaign-access.js";
import { idSchema, momentSchema, parseInput } from "./campaign-input.js";

const reopenInput = z.object({ campaignId: idSchema, schoolId: idSchema, until: momentSchema });

export interface ReopenedSubmission {
  campaignId: number;
  schoolId: number;
  schoolName: string;
  /** ISO moment; format in timeZone. */
  reopenedUntil: string;
  timeZone: string;
  campaignTitle: string;
  /** How many of the school's heads will be told (in the outbox, delivered by the dispatcher). */
  notified: number;
}

export async function reopenSubmission(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof reopenInput>,
): Promise<ReopenedSubmission> {
  const { campaignId, schoolId, until } = parseInput(reopenInput, input);
  requireRole(actor, "METHODOLOGIST", "ADMIN");
  const campaign = await loadCampaign(deps, actor, campaignId);
  const { school } = await loadCampaignSchool(deps, actor, campaign, schoolId);
  const now = deps.now();
  if (until <= now) throw invalidInput("until", "in-the-past");

  const notified = await deps.db.$transaction(async (tx) => {
    await tx.campaignSchool.update({
      where: { campaignId_schoolId: { campaignId, schoolId } },
      data: { reopenedUntil: until },
    });
    await recordAudit(tx, {
      at: now,
      actorId: actor.personId,
      action: "campaign.reopen-school",
      entity: "CampaignSchool",
      entityId: `${campaignId}:${schoolId}`,
      data: { campaignId, schoolId, until: until.toISOString() },
    });
    // The heads would not otherwise know the closed form is open again.
    const heads = await tx.person.findMany({
      where: { schoolId, role: "HEAD", revokedAt: null, blockedBotAt: null, telegramId: { not: null } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const payload: ReopenNoticePayload = { campaignId, schoolId, title: campaign.title, until: until.toISOString(), timeZone: campaign.municipality.timeZone };
    await enqueueNotices(
      tx,
      now,
      heads.map((h) => ({
        personId: h.id,
        kind: CAMPAIGN_REOPENED,
        dedupeKey: `${CAMPAIGN_REOPENED}:${campaignId}:${schoolId}:${h.id}:${until.toISOString()}`,
        payload: { ...payload },
        priority: 0,
      })),
    );
    return heads.length;
  });
  return {
    campaignId,
    schoolId,
    campaignTitle: campaign.title,
    notified,
    schoolName: school.name,
    reopenedUntil: until.toISOString(),
    timeZone: campaign.municipality.timeZone,
  };
}
