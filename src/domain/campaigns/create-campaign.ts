// A methodologist starts a monitoring campaign: which indicators, which schools, when it opens and closes.
import { z } from "zod";
import { visibleText } from "../text/visible-text.js";
import { recordAudit } from "../audit/record-audit.js";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { invalidInput } from "../input-error.js";
import { idSchema, momentSchema, parseInput } from "./campaign-input.js";
import { openAndEnqueue } from "./open-due-campaigns.js";
import { CAMPAIGN_OPENED } from "./campaign-notice-kinds.js";
import { nextAllowedMoment, type MunicipalityQuietHours } from "../municipalities/quiet-hours.js";
import type { Prisma } from "../../generated/prisma/client.js";

// "2026" or "2026-Q4": the periods the roadmaps report in (annual, quarterly).
const PERIOD = /^(20\d{2})(?:-Q[1-4])?$/;

export const createCampaignInput = z
  .object({
    title: visibleText({ min: 3, max: 200 }),
    period: z.string().trim().toUpperCase().regex(PERIOD),
    indicatorIds: z
      .array(idSchema)
      .min(1)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, { message: "repeated-indicator" }),
    opensAt: momentSchema,
    deadline: momentSchema,
    schoolIds: z.union([z.literal("all"), z.array(idSchema).min(1)]),
  })
  .refine((v) => v.deadline > v.opensAt, { path: ["deadline"], message: "deadline-before-opening" });

export type CreateCampaignInput = z.input<typeof createCampaignInput>;

export interface CreatedCampaign {
  campaignId: number;
  title: string;
  period: string;
  /** ISO moments; the bot formats them in timeZone. */
  opensAt: string;
  deadline: string;
  timeZone: string;
  indicatorCount: number;
  schoolCount: number;
  /** When the heads' «new form» notices go: the outbox's notBefore, past the quiet hours (ISO). */
  noticesAt: string;
}

export async function createCampaign(deps: DomainDeps, actor: Actor, input: CreateCampaignInput): Promise<CreatedCampaign> {
  requireRole(actor, "METHODOLOGIST", "ADMIN");
  const data = parseInput(createCampaignInput, input);
  const now = deps.now();
  if (data.deadline <= now) throw invalidInput("deadline", "in-the-past");

  await checkIndicators(deps, actor, data.indicatorIds);
  const schoolIds = await resolveSchools(deps, actor, data.schoolIds);
  const municipality = await deps.db.municipality.findUniqueOrThrow({ where: { id: actor.municipalityId } });

  const campaign = await deps.db.$transaction(async (tx) => {
    const created = await tx.campaign.create({
      data: {
        municipalityId: actor.municipalityId,
        title: data.title,
        period: data.period,
        opensAt: data.opensAt,
        deadline: data.deadline,
        createdById: actor.personId,
        createdAt: now,
      },
    });
    await tx.campaignIndicator.createMany({
      data: data.indicatorIds.map((indicatorId, position) => ({ campaignId: created.id, indicatorId, position })),
    });
    await tx.campaignSchool.createMany({ data: schoolIds.map((schoolId) => ({ campaignId: created.id, schoolId })) });
    await recordAudit(tx, {
      at: now,
      actorId: actor.personId,
      action: "campaign.create",
      entity: "Campaign",
      entityId: created.id,
      data: {
        title: data.title,
        period: data.period,
        opensAt: data.opensAt.toISOString(),
        deadline: data.deadline.toISOString(),
        indicatorIds: data.indicatorIds,
        schoolIds,
      },
    });
    // Opens now: the heads' notices are written with the campaign; the dispatcher sends them after the answer.
    if (created.opensAt <= now) await openAndEnqueue(tx, now, created.id);
    return { ...created, noticesAt: await noticesMoment(tx, created, municipality, now) };
  });

  return {
    campaignId: campaign.id,
    title: campaign.title,
    period: campaign.period,
    opensAt: campaign.opensAt.toISOString(),
    deadline: campaign.deadline.toISOString(),
    timeZone: municipality.timeZone,
    indicatorCount: data.indicatorIds.length,
    schoolCount: schoolIds.length,
    noticesAt: campaign.noticesAt.toISOString(),
  };
}

/** Every indicator exists, is the region's or this municipality's, and is not archived. */
async function checkIndicators(deps: DomainDeps, actor: Actor, indicatorIds: number[]): Promise<void> {
  const indicators = await deps.db.indicator.findMany({ where: { id: { in: indicatorIds } } });
  for (const id of indicatorIds) {
    const indicator = indicators.find((i) => i.id === id);
    if (!indicator) throw new DomainError("not-found", { indicatorId: id });
    if (indicator.municipalityId !== null && indicator.municipalityId !== actor.municipalityId) throw new DomainError("forbidden");
    if (indicator.archivedAt !== null) throw invalidInput("indicatorIds", "archived-indicator", { indicatorId: id });
  }
}

/**
 * What the methodologist is told about the notices: the earliest notBefore the outbox holds for them, or (none
 * queued yet: a later opening, or no head connected) the opening moved past the quiet hours as the outbox will.
 */
async function noticesMoment(
  tx: Prisma.TransactionClient,
  campaign: { id: number; opensAt: Date },
  municipality: MunicipalityQuietHours,
  now: Date,
): Promise<Date> {
  const queued = await tx.outboxMessage.aggregate({
    where: { dedupeKey: { startsWith: `${CAMPAIGN_OPENED}:${campaign.id}:` } },
    _min: { notBefore: true },
  });
  const opening = campaign.opensAt > now ? campaign.opensAt : now;
  return queued._min.notBefore ?? nextAllowedMoment(opening, municipality);
}

async function resolveSchools(deps: DomainDeps, actor: Actor, asked: "all" | number[]): Promise<number[]> {
  if (asked === "all") {
    const schools = await deps.db.school.findMany({
      where: { municipalityId: actor.municipalityId },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    if (schools.length === 0) throw invalidInput("schoolIds", "no-schools");
    return schools.map((s) => s.id);
  }
  const unique = [...new Set(asked)];
  const schools = await deps.db.school.findMany({ where: { id: { in: unique } } });
  if (schools.length !== unique.length) throw new DomainError("not-found");
  if (schools.some((s) => s.municipalityId !== actor.municipalityId)) throw new DomainError("forbidden");
  return unique;
}
