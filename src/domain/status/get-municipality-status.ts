// /status for staff: the municipality's picture at a glance — open campaigns and how many schools are
// missing, overdue tasks by school and by assignee, schools ranked by what they owe (paged), and the
// announcements not acknowledged (once that feature exists).
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../people/parse-input.js";
import {
  campaignProgress,
  overdueByAssignee,
  overdueByTask,
  overdueTotals,
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
  const [campaigns, overdue, tasks, assignees, debtors, announcements] = await Promise.all([
    campaignProgress(db, scope, now),
    overdueTotals(db, scope, now),
    overdueByTask(db, scope, now, STATUS_TOP_TASKS),
    overdueByAssignee(db, scope, now, STATUS_TOP_ASSIGNEES),
    schoolDebts(db, scope, now, { limit: STATUS_PAGE_SIZE, offset: page * STATUS_PAGE_SIZE }),
    listUnacknowledgedAnnouncements(deps, scope),
  ]);
  const pageCount = Math.max(1, Math.ceil(debtors.total / STATUS_PAGE_SIZE));
  // A stale pager (schools paid up since) asks past the end: show the last page instead of an empty one.
  const lastPage = pageCount - 1;
  if (page > lastPage) debtors.rows = (await schoolDebts(db, scope, now, { limit: STATUS_PAGE_SIZE, offset: lastPage * STATUS_PAGE_SIZE })).rows;
  return {
    municipalityName: municipality.name,
    timeZone: municipality.timeZone,
    at: now.toISOString(),
    ownOnly: scope.creatorId !== null,
    campaigns: campaigns.slice(0, STATUS_MAX_CAMPAIGNS),
    overdue,
    tasks,
    assignees,
    debtors: { total: debtors.total, page: Math.min(page, pageCount - 1), pageCount, rows: debtors.rows },
    announcements,
  };
}

/** The chart's data: the schools that owe most (the first page is what the chart draws). */
export async function getDebtChart(deps: DomainDeps, actor: Actor, limit = 15): Promise<SchoolDebt[]> {
  const scope = staffScope(actor);
  return (await schoolDebts(deps.db, scope, deps.now(), { limit, offset: 0 })).rows;
}
