// The campaigns an actor sees: a head those asking their school, with their school's progress; staff every
// campaign of the municipality with how many schools submitted.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { formWindow } from "./campaign-access.js";
import { campaignCounts, type CampaignCounts } from "./campaign-counts.js";
import { parseInput } from "./campaign-input.js";
import { statusView, valueFromRow, type SubmissionStatusView } from "./stored-value.js";

const listCampaignsInput = z
  .object({
    includeClosed: z.boolean().default(false),
    /** Staff only: one page of `pageSize` campaigns, newest deadline first; without it, all of them. */
    page: z.number().int().min(0).optional(),
    pageSize: z.number().int().min(1).max(50).default(8),
  })
  .default({ includeClosed: false, pageSize: 8 });

export interface HeadCampaignItem {
  campaignId: number;
  title: string;
  period: string;
  /** ISO moments; format in timeZone. */
  deadline: string;
  reopenedUntil: string | null;
  timeZone: string;
  status: SubmissionStatusView;
  answered: number;
  total: number;
  editable: boolean;
}

export interface StaffCampaignItem {
  campaignId: number;
  title: string;
  period: string;
  opensAt: string;
  deadline: string;
  timeZone: string;
  state: "scheduled" | "open" | "closed";
  schoolCount: number;
  submittedCount: number;
  draftCount: number;
}

export type CampaignList =
  | { view: "head"; campaigns: HeadCampaignItem[] }
  | { view: "staff"; campaigns: StaffCampaignItem[]; total: number; page: number; pageCount: number };

/** Staff get every campaign; a head gets the editable ones, plus the closed ones with `includeClosed`. */
export async function listCampaigns(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof listCampaignsInput> = {},
): Promise<CampaignList> {
  const { includeClosed, page, pageSize } = parseInput(listCampaignsInput, input);
  const now = deps.now();
  const municipality = await deps.db.municipality.findUniqueOrThrow({ where: { id: actor.municipalityId } });
  return actor.role === "HEAD"
    ? { view: "head", campaigns: await forHead(deps, actor, now, municipality.timeZone, includeClosed) }
    : { view: "staff", ...(await forStaff(deps, actor, now, municipality.timeZone, page, pageSize)) };
}

async function forHead(deps: DomainDeps, actor: Actor, now: Date, timeZone: string, includeClosed: boolean) {
  if (actor.schoolId === null) throw new DomainError("forbidden");
  const schoolId = actor.schoolId;
  const links = await deps.db.campaignSchool.findMany({
    where: { schoolId, campaign: { municipalityId: actor.municipalityId, opensAt: { lte: now } } },
    include: {
      campaign: {
        include: {
          indicators: { include: { indicator: { select: { kind: true } } } },
          submissions: { where: { schoolId }, include: { values: true } },
        },
      },
    },
    orderBy: { campaign: { deadline: "asc" } },
  });
  const items: HeadCampaignItem[] = [];
  for (const { campaign, reopenedUntil } of links) {
    const editable = formWindow(campaign, { reopenedUntil }, now) === "open";
    if (!editable && !includeClosed) continue;
    const submission = campaign.submissions[0];
    const kinds = new Map(campaign.indicators.map((ci) => [ci.indicatorId, ci.indicator.kind]));
    const answered = (submission?.values ?? []).filter((v) => {
      const kind = kinds.get(v.indicatorId);
      return kind !== undefined && valueFromRow(kind, v) !== null;
    }).length;
    items.push({
      campaignId: campaign.id,
      title: campaign.title,
      period: campaign.period,
      deadline: campaign.deadline.toISOString(),
      reopenedUntil: reopenedUntil?.toISOString() ?? null,
      timeZone,
      status: statusView(submission),
      answered,
      total: campaign.indicators.length,
      editable,
    });
  }
  return items;
}

async function forStaff(deps: DomainDeps, actor: Actor, now: Date, timeZone: string, page: number | undefined, pageSize: number) {
  const where = { municipalityId: actor.municipalityId };
  const total = await deps.db.campaign.count({ where });
  const pageCount = page === undefined ? 1 : Math.max(1, Math.ceil(total / pageSize));
  const at = page === undefined ? 0 : Math.min(page, pageCount - 1);
  const campaigns = await deps.db.campaign.findMany({
    where,
    orderBy: [{ deadline: "desc" }, { id: "desc" }],
    ...(page === undefined ? {} : { skip: at * pageSize, take: pageSize }),
  });
  const counts = await campaignCounts(deps.db, campaigns.map((c) => c.id));
  return { campaigns: campaigns.map((c) => staffItem(c, counts.get(c.id), now, timeZone)), total, page: at, pageCount };
}

export function staffItem(
  c: { id: number; title: string; period: string; opensAt: Date; deadline: Date },
  counts: CampaignCounts | undefined,
  now: Date,
  timeZone: string,
): StaffCampaignItem {
  return {
    campaignId: c.id,
    title: c.title,
    period: c.period,
    opensAt: c.opensAt.toISOString(),
    deadline: c.deadline.toISOString(),
    timeZone,
    state: now < c.opensAt ? "scheduled" : now < c.deadline ? "open" : "closed",
    schoolCount: counts?.schoolCount ?? 0,
    submittedCount: counts?.submittedCount ?? 0,
    draftCount: counts?.draftCount ?? 0,
  };
}
