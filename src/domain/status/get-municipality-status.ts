// /status for staff: the municipality's picture at a glance — open campaigns and how many schools are
// missing, overdue tasks by school and by assignee, schools ranked by what they owe (paged), and the
// announcements not acknowledged (once that feature exists).
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../people/parse-input.js";
import { statusSnapshot } from "./status-snapshot.js";
import {
  schoolDebts,
  type AssigneeOverdue,
  type CampaignProgress,
  type SchoolDebt,
  type TaskOverdue,
} from "./status-queries.js";
import { STATUS_PAGE_SIZE, staffScope } from "./status-scope.js";
import { listUnacknowledgedAnnouncements, type UnacknowledgedAnnouncement } from "./unacknowledged-announcements.js";

const input = z.object({ page: z.number().int().min(0).max(100_000).default(0) });

export interface MunicipalityStatus {
  municipalityName: string;
  timeZone: string;
  /** ISO */
  at: string;
  /** a methodologist's picture covers only what they created */
  ownOnly: boolean;
  campaigns: CampaignProgress[];
  overdue: { assignments: number; schools: number; people: number };
  tasks: TaskOverdue[];
  assignees: AssigneeOverdue[];
  debtors: { total: number; page: number; pageCount: number; rows: SchoolDebt[] };
  announcements: UnacknowledgedAnnouncement[];
}

export const STATUS_TOP_TASKS = 5;
export const STATUS_TOP_ASSIGNEES = 8;
export const STATUS_MAX_CAMPAIGNS = 10;

export async function getMunicipalityStatus(deps: DomainDeps, actor: Actor, raw: z.input<typeof input> = {}): Promise<MunicipalityStatus> {
  const { page } = parseInput(input, raw);
  const scope = staffScope(actor);
  const now = deps.now();
  const db = deps.db;
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: scope.municipalityId }, select: { name: true, timeZone: true } });
  const limits = { pageSize: STATUS_PAGE_SIZE, campaigns: STATUS_MAX_CAMPAIGNS, tasks: STATUS_TOP_TASKS, assignees: STATUS_TOP_ASSIGNEES };
  let snapshot = await statusSnapshot(db, scope, now, { ...limits, offset: page * STATUS_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(snapshot.debtors.total / STATUS_PAGE_SIZE));
  // A stale pager (schools paid up since) asks past the end: show the last page instead of an empty one.
  if (page > pageCount - 1) snapshot = await statusSnapshot(db, scope, now, { ...limits, offset: (pageCount - 1) * STATUS_PAGE_SIZE });
  const announcements = await listUnacknowledgedAnnouncements(deps, scope);
  return {
    municipalityName: municipality.name,
    timeZone: municipality.timeZone,
    at: now.toISOString(),
    ownOnly: scope.creatorId !== null,
    campaigns: snapshot.campaigns,
    overdue: snapshot.overdue,
    tasks: snapshot.tasks,
    assignees: snapshot.assignees,
    debtors: { total: snapshot.debtors.total, page: Math.min(page, pageCount - 1), pageCount, rows: snapshot.debtors.rows },
    announcements,
  };
}

/** The chart's data: the schools that owe most (the first page is what the chart draws). */
export async function getDebtChart(deps: DomainDeps, actor: Actor, limit = 15): Promise<SchoolDebt[]> {
  const scope = staffScope(actor);
  return (await schoolDebts(deps.db, scope, deps.now(), { limit, offset: 0 })).rows;
}
