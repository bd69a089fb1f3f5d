// The aggregates behind /status, computed by the database in a few set-based queries (1,000 schools and
// 20,000 task assignments must answer in well under 200 ms). Same SQL on PGlite and PostgreSQL.
import type { PrismaClient } from "../../generated/prisma/client.js";
import { CLOSED_CAMPAIGN_GRACE_MS, type StatusScope } from "./status-scope.js";

export interface CampaignProgress {
  campaignId: number;
  title: string;
  period: string;
  deadline: Date;
  schools: number;
  submitted: number;
}

export interface SchoolDebt {
  schoolId: number;
  shortName: string;
  overdueTasks: number;
  missingForms: number;
}

export interface TaskOverdue {
  taskId: number;
  title: string;
  dueAt: Date;
  overdue: number;
}

export interface AssigneeOverdue {
  personId: number;
  displayName: string;
  overdue: number;
}

type Db = Pick<PrismaClient, "$queryRawUnsafe">;

// The campaigns /status counts: opened, and not closed longer ago than the grace period.
export const CAMPAIGNS_IN_SCOPE = `SELECT id FROM "Campaign"
  WHERE "municipalityId" = $1 AND "opensAt" <= $2 AND deadline >= $4 AND ($3::int IS NULL OR "createdById" = $3)`;

// Overdue assignments: open, with a deadline that passed; the task's creator for a methodologist's scope.
export const OVERDUE_ASSIGNMENTS = `SELECT a.id, a."taskId", a."schoolId", a."personId", a."dueAt" FROM "TaskAssignment" a
  WHERE a."municipalityId" = $1 AND a.status = 'OPEN' AND a."dueAt" < $2
    AND ($3::int IS NULL OR EXISTS (SELECT 1 FROM "Task" t WHERE t.id = a."taskId" AND t."createdById" = $3))`;

export const MISSING_FORMS = `SELECT cs."schoolId", cs."campaignId" FROM "CampaignSchool" cs
  WHERE cs."campaignId" IN (${CAMPAIGNS_IN_SCOPE})
    AND NOT EXISTS (SELECT 1 FROM "Submission" s
      WHERE s."campaignId" = cs."campaignId" AND s."schoolId" = cs."schoolId" AND s.status = 'SUBMITTED')`;

// $1 municipality, $2 now, $3 creator (or null), $4 the oldest deadline still counted. PostgreSQL must see
// every parameter it is given, so queries over assignments alone pass the first three.
export const params = (scope: StatusScope, now: Date) => [scope.municipalityId, now, scope.creatorId, new Date(now.getTime() - CLOSED_CAMPAIGN_GRACE_MS)];
const overdueParams = (scope: StatusScope, now: Date) => params(scope, now).slice(0, 3);

export async function campaignProgress(db: Db, scope: StatusScope, now: Date): Promise<CampaignProgress[]> {
  const rows = await db.$queryRawUnsafe<Array<Omit<CampaignProgress, "deadline"> & { deadline: Date | string }>>(
    `SELECT c.id AS "campaignId", c.title, c.period, c.deadline,
            (SELECT COUNT(*)::int FROM "CampaignSchool" cs WHERE cs."campaignId" = c.id) AS schools,
            (SELECT COUNT(*)::int FROM "Submission" s WHERE s."campaignId" = c.id AND s.status = 'SUBMITTED') AS submitted
       FROM "Campaign" c WHERE c.id IN (${CAMPAIGNS_IN_SCOPE})
      ORDER BY c.deadline, c.id`,
    ...params(scope, now),
  );
  return rows.map((r) => ({ ...r, deadline: new Date(r.deadline) }));
}

/** Schools that owe something, most first; `total` is how many there are in all (for paging). */
export async function schoolDebts(
  db: Db,
  scope: StatusScope,
  now: Date,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: SchoolDebt[] }> {
  const rows = await db.$queryRawUnsafe<Array<SchoolDebt & { total: number }>>(
    `WITH overdue AS (SELECT o."schoolId", COUNT(*)::int AS n FROM (${OVERDUE_ASSIGNMENTS}) o WHERE o."schoolId" IS NOT NULL GROUP BY o."schoolId"),
          missing AS (SELECT m."schoolId", COUNT(*)::int AS n FROM (${MISSING_FORMS}) m GROUP BY m."schoolId")
     SELECT sc.id AS "schoolId", sc."shortName", COALESCE(o.n, 0) AS "overdueTasks", COALESCE(m.n, 0) AS "missingForms",
            COUNT(*) OVER ()::int AS total
       FROM "School" sc
       LEFT JOIN overdue o ON o."schoolId" = sc.id
       LEFT JOIN missing m ON m."schoolId" = sc.id
      WHERE sc."municipalityId" = $1 AND (o.n IS NOT NULL OR m.n IS NOT NULL)
      ORDER BY COALESCE(o.n, 0) + COALESCE(m.n, 0) DESC, COALESCE(o.n, 0) DESC, sc."shortName", sc.id
      LIMIT $5 OFFSET $6`,
    ...params(scope, now),
    page.limit,
    page.offset,
  );
  return { total: rows[0]?.total ?? (page.offset > 0 ? await countDebtors(db, scope, now) : 0), rows: rows.map(({ total: _, ...r }) => r) };
}

async function countDebtors(db: Db, scope: StatusScope, now: Date): Promise<number> {
  const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>(
    `SELECT COUNT(*)::int AS n FROM (SELECT "schoolId" FROM (${OVERDUE_ASSIGNMENTS}) o WHERE o."schoolId" IS NOT NULL
       UNION SELECT "schoolId" FROM (${MISSING_FORMS}) m) d`,
    ...params(scope, now),
  );
  return row?.n ?? 0;
}

export async function overdueTotals(db: Db, scope: StatusScope, now: Date): Promise<{ assignments: number; schools: number; people: number }> {
  const [row] = await db.$queryRawUnsafe<Array<{ assignments: number; schools: number; people: number }>>(
    `SELECT COUNT(*)::int AS assignments, COUNT(DISTINCT o."schoolId")::int AS schools, COUNT(DISTINCT o."personId")::int AS people
       FROM (${OVERDUE_ASSIGNMENTS}) o`,
    ...overdueParams(scope, now),
  );
  return row ?? { assignments: 0, schools: 0, people: 0 };
}

/** Tasks with the most overdue assignees first. */
export async function overdueByTask(db: Db, scope: StatusScope, now: Date, limit: number): Promise<TaskOverdue[]> {
  const rows = await db.$queryRawUnsafe<Array<Omit<TaskOverdue, "dueAt"> & { dueAt: Date | string }>>(
    `SELECT t.id AS "taskId", t.title, MIN(o."dueAt") AS "dueAt", COUNT(*)::int AS overdue
       FROM (${OVERDUE_ASSIGNMENTS}) o JOIN "Task" t ON t.id = o."taskId"
      GROUP BY t.id, t.title ORDER BY COUNT(*) DESC, MIN(o."dueAt"), t.id LIMIT $4`,
    ...overdueParams(scope, now),
    limit,
  );
  return rows.map((r) => ({ ...r, dueAt: new Date(r.dueAt) }));
}

/** Members of staff named on tasks, with how many of theirs are overdue. */
export async function overdueByAssignee(db: Db, scope: StatusScope, now: Date, limit: number): Promise<AssigneeOverdue[]> {
  return db.$queryRawUnsafe<AssigneeOverdue[]>(
    `SELECT p.id AS "personId", p."displayName", COUNT(*)::int AS overdue
       FROM (${OVERDUE_ASSIGNMENTS}) o JOIN "Person" p ON p.id = o."personId"
      GROUP BY p.id, p."displayName" ORDER BY COUNT(*) DESC, p."displayName", p.id LIMIT $4`,
    ...overdueParams(scope, now),
    limit,
  );
}

export async function missingSchoolsOfCampaign(
  db: Db,
  campaignId: number,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: Array<{ schoolId: number; shortName: string; draft: boolean }> }> {
  const rows = await db.$queryRawUnsafe<Array<{ schoolId: number; shortName: string; draft: boolean; total: number }>>(
    `SELECT sc.id AS "schoolId", sc."shortName", (s.id IS NOT NULL) AS draft, COUNT(*) OVER ()::int AS total
       FROM "CampaignSchool" cs JOIN "School" sc ON sc.id = cs."schoolId"
       LEFT JOIN "Submission" s ON s."campaignId" = cs."campaignId" AND s."schoolId" = cs."schoolId"
      WHERE cs."campaignId" = $1 AND (s.status IS NULL OR s.status <> 'SUBMITTED')
      ORDER BY sc."shortName", sc.id LIMIT $2 OFFSET $3`,
    campaignId,
    page.limit,
    page.offset,
  );
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _, ...r }) => r) };
}

export async function overdueAssigneesOfTask(
  db: Db,
  taskId: number,
  now: Date,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: Array<{ schoolId: number | null; name: string }> }> {
  const rows = await db.$queryRawUnsafe<Array<{ schoolId: number | null; name: string; total: number }>>(
    `SELECT a."schoolId", COALESCE(sc."shortName", p."displayName") AS name, COUNT(*) OVER ()::int AS total
       FROM "TaskAssignment" a
       LEFT JOIN "School" sc ON sc.id = a."schoolId"
       LEFT JOIN "Person" p ON p.id = a."personId"
      WHERE a."taskId" = $1 AND a.status = 'OPEN' AND a."dueAt" < $2
      ORDER BY name, a.id LIMIT $3 OFFSET $4`,
    taskId,
    now,
    page.limit,
    page.offset,
  );
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _, ...r }) => r) };
}
