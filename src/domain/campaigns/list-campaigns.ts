// The campaigns an actor sees: a head those asking their school, with their school's progress; staff every
// campaign of the municipality with how many schools submitted.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { formWindow } from "./campaign-access.js";
import { parseInput } from "./campaign-input.js";
import { statusView, valueFromRow, type SubmissionStatusView } from "./stored-value.js";

const listCampaignsInput = z.object({ includeClosed: z.boolean().default(false) }).default({ includeClosed: false });

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

export type CampaignList = { view: "head"; campaigns: HeadCampaignItem[] } | { view: "staff"; campaigns: StaffCampaignItem[] };

/** Staff get every campaign; a head gets the editable ones, plus the closed ones with `includeClosed`. */
export async function listCampaigns(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof listCampaignsInput> = {},
): Promise<CampaignList> {
  const { includeClosed } = parseInput(listCampaignsInput, input);
  const now = deps.now();
  const municipality = await deps.db.municipality.findUniqueOrThrow({ where: { id: actor.municipalityId } });
  return actor.role === "HEAD"
    ? { view: "head", campaigns: await forHead(deps, actor, now, municipality.timeZone, includeClosed) }
    : { view: "staff", campaigns: await forStaff(deps, actor, now, municipality.timeZone) };
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

async function forStaff(deps: DomainDeps, actor: Actor, now: Date, timeZone: string) {
  const campaigns = await deps.db.campaign.findMany({
    where: { municipalityId: actor.municipalityId },
    include: { _count: { select: { schools: true } }, submissions: { select: { status: true } } },
    orderBy: [{ deadline: "desc" }, { id: "desc" }],
  });
  return campaigns.map(
    (c): StaffCampaignItem => ({
      campaignId: c.id,
      title: c.title,
      period: c.period,
      opensAt: c.opensAt.toISOString(),
      deadline: c.deadline.toISOString(),
      timeZone,
      state: now < c.opensAt ? "scheduled" : now < c.deadline ? "open" : "closed",
      schoolCount: c._count.schools,
      submittedCount: c.submissions.filter((s) => s.status === "SUBMITTED").length,
      draftCount: c.submissions.filter((s) => s.status === "DRAFT").length,
    }),
  );
}
