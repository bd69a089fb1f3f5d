// One set-based query for everything that may be owed a reminder, in every municipality where reminders may
// go now: each open task assignment and each school's unsubmitted campaign form, once per person to tell
// (the heads of the school, or the named member of staff), with the deadline and when the item began.
import type { PrismaClient, Prisma } from "../../generated/prisma/client.js";

export type ReminderItemType = "campaign" | "task";

export interface ReminderCandidate {
  type: ReminderItemType;
  /** campaign id or task assignment id */
  itemId: number;
  taskId: number | null;
  schoolId: number | null;
  personId: number;
  municipalityId: number;
  title: string;
  due: Date;
  startsAt: Date;
}

/** Deadlines this far ahead can be owed a reminder now: "3 days before" moved back over the New Year days off. */
export const LOOK_AHEAD_MS = 20 * 24 * 3600_000;
/** Overdue reminders stop after a few working days; older deadlines are not looked at. */
export const LOOK_BACK_MS = 40 * 24 * 3600_000;

type Db = Pick<PrismaClient | Prisma.TransactionClient, "$queryRawUnsafe">;

export async function listReminderCandidates(db: Db, municipalityIds: number[], now: Date): Promise<ReminderCandidate[]> {
  if (municipalityIds.length === 0) return [];
  // Tens of thousands of rows come back as ONE json value (moments as epoch milliseconds): the adapters'
  // per-row decoding would otherwise cost more than the query.
  const [row] = await db.$queryRawUnsafe<Array<{ items: string | Wire[] | null }>>(
    `WITH active AS (SELECT value::int AS id FROM jsonb_array_elements_text($1::jsonb)),
     reachable AS (
       SELECT p.id, p."schoolId", p.role FROM "Person" p
        WHERE p."municipalityId" IN (SELECT id FROM active)
          AND p."revokedAt" IS NULL AND p."blockedBotAt" IS NULL AND p."telegramId" IS NOT NULL),
     -- a named person, or else the school's heads: two plain joins (an OR in one join would defeat hash joins)
     open_tasks AS MATERIALIZED (
       SELECT a.id, a."taskId", a."schoolId", a."personId", a."municipalityId", a."dueAt", a."createdAt" FROM "TaskAssignment" a
        WHERE a."municipalityId" IN (SELECT id FROM active) AND a.status = 'OPEN' AND a."dueAt" > $4 AND a."dueAt" <= $3)
     , candidates AS (
     SELECT 'campaign' AS type, c.id AS "itemId", NULL::int AS "taskId", cs."schoolId", h.id AS "personId",
            c."municipalityId", c.title, GREATEST(cs."reopenedUntil", c.deadline) AS due, c."opensAt" AS "startsAt"
       FROM "Campaign" c
       JOIN "CampaignSchool" cs ON cs."campaignId" = c.id
       JOIN reachable h ON h."schoolId" = cs."schoolId" AND h.role = 'HEAD'
      WHERE c."municipalityId" IN (SELECT id FROM active) AND c."opensAt" <= $2
        AND GREATEST(cs."reopenedUntil", c.deadline) > $2 AND c.deadline <= $3
        AND NOT EXISTS (SELECT 1 FROM "Submission" s
                         WHERE s."campaignId" = c.id AND s."schoolId" = cs."schoolId" AND s.status = 'SUBMITTED')
     UNION ALL
     SELECT 'task', a.id, a."taskId", a."schoolId", r.id, a."municipalityId", t.title, a."dueAt", a."createdAt"
       FROM open_tasks a JOIN "Task" t ON t.id = a."taskId"
       JOIN reachable r ON r.id = a."personId"
     UNION ALL
     SELECT 'task', a.id, a."taskId", a."schoolId", r.id, a."municipalityId", t.title, a."dueAt", a."createdAt"
       FROM open_tasks a JOIN "Task" t ON t.id = a."taskId"
       JOIN reachable r ON r."schoolId" = a."schoolId" AND r.role = 'HEAD'
      WHERE a."personId" IS NULL)
     SELECT json_agg(json_build_array(type, "itemId", "taskId", "schoolId", "personId", "municipalityId", title,
                                      (extract(epoch FROM due) * 1000)::bigint, (extract(epoch FROM "startsAt") * 1000)::bigint)) AS items
       FROM candidates`,
    JSON.stringify(municipalityIds),
    now,
    new Date(now.getTime() + LOOK_AHEAD_MS),
    new Date(now.getTime() - LOOK_BACK_MS),
  );
  const items: Wire[] = typeof row?.items === "string" ? (JSON.parse(row.items) as Wire[]) : (row?.items ?? []);
  return items.map(([type, itemId, taskId, schoolId, personId, municipalityId, title, due, startsAt]) => ({
    type,
    itemId,
    taskId,
    schoolId,
    personId,
    municipalityId,
    title,
    due: new Date(Number(due)),
    startsAt: new Date(Number(startsAt)),
  }));
}

/** One candidate on the wire: [type, itemId, taskId, schoolId, personId, municipalityId, title, due ms, startsAt ms]. */
type Wire = [ReminderItemType, number, number | null, number | null, number, number, string, number | string, number | string];
