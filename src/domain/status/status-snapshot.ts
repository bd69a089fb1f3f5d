// The whole /status picture in ONE statement: the overdue assignments and the missing forms are read once
// (materialised), and every figure — campaigns, totals, top tasks, people, the page of schools — is an
// aggregate over them, returned as JSON. One round trip and one scan each keeps the screen fast at 1,000
// schools and 20,000 assignments on PGlite as well as PostgreSQL.
import type { PrismaClient } from "../../generated/prisma/client.js";
import { CAMPAIGNS_IN_SCOPE, OVERDUE_ASSIGNMENTS, params, type AssigneeOverdue, type CampaignProgress, type SchoolDebt, type TaskOverdue } from "./status-queries.js";
import type { StatusScope } from "./status-scope.js";

export interface StatusSnapshot {
  campaigns: CampaignProgress[];
  overdue: { assignments: number; schools: number; people: number };
  tasks: TaskOverdue[];
  assignees: AssigneeOverdue[];
  debtors: { total: number; rows: SchoolDebt[] };
}

// timestamp(3) columns hold UTC; JSON would drop the zone, so they are written out with a Z.
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// The campaigns in scope are read once; each school asked is joined to its submitted form once (`asked`), and
// both the campaigns' counts and the schools' missing forms are grouped from that, so no per-campaign subquery
// rescans the forms. Counts of distinct schools and people come from the grouped rows, not COUNT(DISTINCT).
export const SNAPSHOT = `
WITH o AS MATERIALIZED (${OVERDUE_ASSIGNMENTS}),
     scoped AS MATERIALIZED (SELECT c.id, c.title, c.period, c.deadline FROM "Campaign" c WHERE c.id IN (${CAMPAIGNS_IN_SCOPE})),
     asked AS MATERIALIZED (
       SELECT cs."campaignId", cs."schoolId", (s.id IS NOT NULL) AS submitted
         FROM scoped c JOIN "CampaignSchool" cs ON cs."campaignId" = c.id
         LEFT JOIN "Submission" s ON s."campaignId" = cs."campaignId" AND s."schoolId" = cs."schoolId" AND s.status = 'SUBMITTED'),
     debt AS (SELECT "schoolId", SUM(t)::int AS tasks, SUM(f)::int AS forms
                FROM (SELECT "schoolId", COUNT(*) AS t, 0 AS f FROM o WHERE "schoolId" IS NOT NULL GROUP BY "schoolId"
                      UNION ALL SELECT "schoolId", 0, COUNT(*) FROM asked WHERE NOT submitted GROUP BY "schoolId") x GROUP BY "schoolId")
SELECT
  (SELECT COALESCE(json_agg(x ORDER BY x.deadline, x."campaignId"), '[]') FROM (
     SELECT c.id AS "campaignId", c.title, c.period, ${iso("c.deadline")} AS deadline,
            COALESCE(n.schools, 0) AS schools, COALESCE(n.submitted, 0) AS submitted
       FROM scoped c LEFT JOIN (SELECT "campaignId", COUNT(*)::int AS schools, COUNT(*) FILTER (WHERE submitted)::int AS submitted
                                  FROM asked GROUP BY "campaignId") n ON n."campaignId" = c.id
      ORDER BY c.deadline, c.id LIMIT $7) x) AS campaigns,
  (SELECT json_build_object('assignments', (SELECT COUNT(*)::int FROM o), 'schools', (SELECT COUNT(*)::int FROM debt WHERE tasks > 0),
                            'people', (SELECT COUNT(*)::int FROM (SELECT DISTINCT "personId" FROM o WHERE "personId" IS NOT NULL) p))) AS overdue,
  (SELECT COALESCE(json_agg(x), '[]') FROM (
     SELECT t.id AS "taskId", t.title, ${iso("g.due")} AS "dueAt", g.n AS overdue
       FROM (SELECT "taskId", COUNT(*)::int AS n, MIN("dueAt") AS due FROM o GROUP BY "taskId" ORDER BY COUNT(*) DESC, MIN("dueAt"), "taskId" LIMIT $8) g
       JOIN "Task" t ON t.id = g."taskId" ORDER BY g.n DESC, g.due, t.id) x) AS tasks,
  (SELECT COALESCE(json_agg(x), '[]') FROM (
     SELECT p.id AS "personId", p."displayName", g.n AS overdue
       FROM (SELECT "personId", COUNT(*)::int AS n FROM o WHERE "personId" IS NOT NULL GROUP BY "personId") g
       JOIN "Person" p ON p.id = g."personId" ORDER BY g.n DESC, p."displayName", p.id LIMIT $9) x) AS assignees,
  (SELECT COUNT(*)::int FROM debt) AS "debtorTotal",
  (SELECT COALESCE(json_agg(x), '[]') FROM (
     SELECT d."schoolId", sc."shortName", d.tasks AS "overdueTasks", d.forms AS "missingForms"
       FROM debt d JOIN "School" sc ON sc.id = d."schoolId"
      ORDER BY d.tasks + d.forms DESC, d.tasks DESC, sc."shortName", sc.id LIMIT $5 OFFSET $6) x) AS debtors`;

interface Row {
  campaigns: Array<Omit<CampaignProgress, "deadline"> & { deadline: string }>;
  overdue: StatusSnapshot["overdue"];
  tasks: Array<Omit<TaskOverdue, "dueAt"> & { dueAt: string }>;
  assignees: AssigneeOverdue[];
  debtorTotal: number;
  debtors: SchoolDebt[];
}

export async function statusSnapshot(
  db: Pick<PrismaClient, "$queryRawUnsafe">,
  scope: StatusScope,
  now: Date,
  limits: { offset: number; pageSize: number; campaigns: number; tasks: number; assignees: number },
): Promise<StatusSnapshot> {
  const [row] = await db.$queryRawUnsafe<Row[]>(SNAPSHOT, ...params(scope, now), limits.pageSize, limits.offset, limits.campaigns, limits.tasks, limits.assignees);
  const r = parse(row!);
  return {
    campaigns: r.campaigns.map((c) => ({ ...c, deadline: new Date(c.deadline) })),
    overdue: r.overdue,
    tasks: r.tasks.map((t) => ({ ...t, dueAt: new Date(t.dueAt) })),
    assignees: r.assignees,
    debtors: { total: r.debtorTotal, rows: r.debtors },
  };
}

/** The adapters hand json columns back parsed or as text, depending on the driver. */
function parse(row: Row): Row {
  const value = <T>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);
  return { ...row, campaigns: value(row.campaigns), overdue: value(row.overdue), tasks: value(row.tasks), assignees: value(row.assignees), debtors: value(row.debtors) };
}
