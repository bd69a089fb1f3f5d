// Drill-downs from /status: the schools missing one campaign's form, the assignees behind on one task.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { missingSchoolsOfCampaign, overdueAssigneesOfTask } from "./status-queries.js";
import { STATUS_PAGE_SIZE, staffScope } from "./status-scope.js";

const input = z.object({ id: z.number().int().positive(), page: z.number().int().min(0).max(100_000).default(0) });

export interface StatusItemPage<Row> {
  id: number;
  title: string;
  /** ISO */
  deadline: string | null;
  timeZone: string;
  total: number;
  page: number;
  pageCount: number;
  rows: Row[];
}

export async function getCampaignMissing(
  deps: DomainDeps,
  actor: Actor,
  raw: z.input<typeof input>,
): Promise<StatusItemPage<{ schoolId: number; shortName: string; draft: boolean }>> {
  const { id, page } = parseInput(input, raw);
  const scope = staffScope(actor);
  const campaign = await deps.db.campaign.findUnique({ where: { id }, include: { municipality: { select: { timeZone: true } } } });
  if (!campaign || campaign.municipalityId !== scope.municipalityId) throw new DomainError("not-found");
  const query = (p: number) => missingSchoolsOfCampaign(deps.db, id, { limit: STATUS_PAGE_SIZE, offset: p * STATUS_PAGE_SIZE });
  return paged(id, campaign.title, campaign.deadline, campaign.municipality.timeZone, page, await lastPageIfPast(query, page));
}

export async function getTaskOverdue(
  deps: DomainDeps,
  actor: Actor,
  raw: z.input<typeof input>,
): Promise<StatusItemPage<{ schoolId: number | null; name: string }>> {
  const { id, page } = parseInput(input, raw);
  const scope = staffScope(actor);
  const task = await deps.db.task.findUnique({ where: { id }, include: { municipality: { select: { timeZone: true } } } });
  if (!task || task.municipalityId !== scope.municipalityId) throw new DomainError("not-found");
  const now = deps.now();
  const query = (p: number) => overdueAssigneesOfTask(deps.db, id, now, { limit: STATUS_PAGE_SIZE, offset: p * STATUS_PAGE_SIZE });
  return paged(id, task.title, task.dueAt, task.municipality.timeZone, page, await lastPageIfPast(query, page));
}

/** A page past the end (a stale button) shows the last page; the window's total says where that is. */
async function lastPageIfPast<Row>(query: (page: number) => Promise<{ total: number; rows: Row[] }>, page: number): Promise<{ total: number; rows: Row[] }> {
  const result = await query(page);
  if (result.rows.length > 0 || page === 0) return result;
  const first = await query(0);
  const last = Math.max(0, Math.ceil(first.total / STATUS_PAGE_SIZE) - 1);
  return last === 0 ? first : query(last);
}

function paged<Row>(id: number, title: string, deadline: Date | null, timeZone: string, page: number, result: { total: number; rows: Row[] }): StatusItemPage<Row> {
  const pageCount = Math.max(1, Math.ceil(result.total / STATUS_PAGE_SIZE));
  return { id, title, deadline: deadline?.toISOString() ?? null, timeZone, total: result.total, page: Math.min(page, pageCount - 1), pageCount, rows: result.rows };
}
