// The whole /status picture in ONE statement: the overdue assignments and the missing forms are read once
// (materialised), and every figure — campaigns, totals, top tasks, people, the page of schools — is an
// aggregate over them, returned as JSON. One round trip and one scan each keeps the screen fast at 1,000
// schools and 20,000 assignments on PGlite as well as PostgreSQL.
import type { PrismaClient } from "../../generated/prisma/client.js";
import { CAMPAIGNS_IN_SCOPE, MISSING_FORMS, OVERDUE_ASSIGNMENTS, params, type AssigneeOverdue, type CampaignProgress, type SchoolDebt, type TaskOverdue } from "./status-queries.js";
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

const SNAPSHOT = `
WITH o AS MATERIALIZED (${OVERDUE_ASSIGNMENTS}),
     miss AS MATERIALIZED (${MISSING_FORMS}),
     debt AS (SELECT "schoolId", SUM(t)::int AS tasks, SUM(f)::int AS forms
                FROM (SELECT "schoolId", 1 AS t, 0 AS f FROM o WHERE "schoolId" IS NOT NULL
                      UNION ALL SELECT "schoolId", 0, 1 FROM miss) x GROUP BY "schoolId")
SELECT
  (SELECT COALESCE(json_agg(c ORDER BY c.deadline, c."campaignId"), '[]') FROM (
     SELECT c.id AS "campaignId", c.title, c.period, ${iso("c.deadline")} AS deadline,
            (SELECT COUNT(*)::int FROM "CampaignSchool" cs WHERE cs."campaignId" = c.id) AS schools,
            (SELECT COUNT(*)::int FROM "CampaignSchool" cs WHERE cs."campaignId" = c.id)
              - (SELECT COUNT(*)::int FROM miss WHERE miss."campaignId" = c.id) AS submitted
       FROM "Campaign" c WHERE c.id IN (${CAMPAIGNS_IN_SCOPE}) ORDER BY c.deadline, c.id LIMIT $7) c) AS campaigns,
  (SELECT json_build_object('assignments', COUNT(*)::int, 'schools', COUNT(DISTINCT "schoolId")::int, 'people', COUNT(DISTINCT "personId")::int) FROM o) AS overdue,
  (SELECT COALESCE(json_agg(x), '[]') FROM (
     SELECT t.id AS "taskId", t.title, ${iso('MIN(o."dueAt")')} AS "dueAt", COUNT(*)::int AS overdue
       FROM o JOIN "Task" t ON t.id = o."taskId" GROUP BY t.id, t.title ORDER BY COUNT(*) DESC, MIN(o."dueAt"), t.id LIMIT $8) x) AS tasks,
  (SELECT COALESCE(json_agg(x), '[]') FROM (
     SELECT p.id AS "personId", p."displayName", COUNT(*)::int AS overdue
       FROM o JOIN "Person" p ON p.id = o."personId" GROUP BY p.id, p."displayName" ORDER BY COUNT(*) DESC, p."displayName", p.id LIMIT $9) x) AS assignees,
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
