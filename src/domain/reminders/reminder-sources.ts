// What may be owed a reminder, one row per reminded thing and deadline — a campaign (its deadline, or a
// reopened school's later one), a task's deadline, an announcement's acknowledgment — not per school or
// person. Every school of a campaign or task shares its deadline and so its reminder slots: the sweep works
// out the slots of these few hundred rows, and reads schools and people only for what is owed and not yet
// claimed (usually nothing).
import type { PrismaClient, Prisma } from "../../generated/prisma/client.js";

export type ReminderItemType = "campaign" | "task" | "announcement";

export interface ReminderSource {
  type: ReminderItemType;
  /** campaign id, task id or announcement id */
  sourceId: number;
  municipalityId: number;
  due: Date;
  /** when the earliest of its items came to be (campaign opened, task assigned, announcement sent) */
  startsAt: Date;
}

/** Deadlines this far ahead can be owed a reminder now: "3 days before" moved back over the New Year days off. */
export const LOOK_AHEAD_MS = 20 * 24 * 3600_000;
/** Overdue reminders stop after a few working days; older deadlines are not looked at. */
export const LOOK_BACK_MS = 40 * 24 * 3600_000;

type Db = Pick<PrismaClient | Prisma.TransactionClient, "$queryRawUnsafe">;

export async function listReminderSources(db: Db, municipalityIds: number[], now: Date): Promise<ReminderSource[]> {
  if (municipalityIds.length === 0) return [];
  const rows = await db.$queryRawUnsafe<Array<{ type: ReminderItemType; sourceId: number; municipalityId: number; due: Date; startsAt: Date }>>(
    `WITH active AS (SELECT value::int AS id FROM jsonb_array_elements_text($1::jsonb))
     SELECT 'task' AS type, a."taskId" AS "sourceId", a."municipalityId", a."dueAt" AS due, min(a."createdAt") AS "startsAt"
       FROM "TaskAssignment" a
      WHERE a."municipalityId" IN (SELECT id FROM active) AND a.status = 'OPEN' AND a."dueAt" > $4 AND a."dueAt" <= $3
      GROUP BY a."taskId", a."municipalityId", a."dueAt"
     UNION ALL
     SELECT 'campaign', c.id, c."municipalityId", c.deadline, c."opensAt" FROM "Campaign" c
      WHERE c."municipalityId" IN (SELECT id FROM active) AND c."opensAt" <= $2 AND c.deadline > $2 AND c.deadline <= $3
     UNION ALL
     -- a school let in again after the deadline is reminded until its own later one
     SELECT DISTINCT 'campaign', c.id, c."municipalityId", cs."reopenedUntil", c."opensAt"
       FROM "CampaignSchool" cs JOIN "Campaign" c ON c.id = cs."campaignId"
      WHERE cs."reopenedUntil" > $2 AND cs."reopenedUntil" > c.deadline AND c.deadline <= $3
        AND c."municipalityId" IN (SELECT id FROM active) AND c."opensAt" <= $2
     UNION ALL
     SELECT 'announcement', an.id, an."municipalityId", an."ackDeadline", an."sendAt" FROM "Announcement" an
      WHERE an."municipalityId" IN (SELECT id FROM active) AND an."askAck" AND an."recalledAt" IS NULL
        AND an."sendAt" <= $2 AND an."ackDeadline" > $2 AND an."ackDeadline" <= $3`,
    JSON.stringify(municipalityIds),
    now,
    new Date(now.getTime() + LOOK_AHEAD_MS),
    new Date(now.getTime() - LOOK_BACK_MS),
  );
  return rows.map((r) => ({ ...r, sourceId: Number(r.sourceId), municipalityId: Number(r.municipalityId) }));
}
