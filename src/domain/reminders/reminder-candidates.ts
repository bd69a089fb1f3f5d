// Who is owed the reminders the sweep has decided on: for each owed source (a campaign, task or announcement
// at its deadline, with the slot now open), every school or person it still concerns, once per person to
// tell — the heads of the school, or the named member of staff. One set-based query for all of them.
import type { PrismaClient, Prisma } from "../../generated/prisma/client.js";
import type { ReminderItemType } from "./reminder-sources.js";

/** A source owed a reminder now: what the sweep tells the database. */
export interface OwedSource {
  type: ReminderItemType;
  sourceId: number;
  municipalityId: number;
  due: Date;
  /** the slot's moment: items that came to be after it are not owed it */
  slotAt: Date;
  stage: string;
  /** the claim that makes this reminder once */
  claimKey: string;
}

export interface ReminderCandidate {
  type: ReminderItemType;
  /** campaign id, task assignment id or announcement id */
  itemId: number;
  taskId: number | null;
  schoolId: number | null;
  personId: number;
  title: string;
  /** the owed source it comes from (its due, stage and claim key) */
  source: OwedSource;
}

/**
 * Someone the bot can reach, joined on the person's own table: the planner cannot know how many sources are
 * owed (a json list), and a join to a CTE of every person has no index to fall back on when it guesses one.
 */
const REACHABLE = (p: string) => `${p}."revokedAt" IS NULL AND ${p}."blockedBotAt" IS NULL AND ${p}."telegramId" IS NOT NULL`;

type Db = Pick<PrismaClient | Prisma.TransactionClient, "$queryRawUnsafe">;

export async function listReminderCandidates(db: Db, owed: OwedSource[]): Promise<ReminderCandidate[]> {
  if (owed.length === 0) return [];
  // Tens of thousands of rows come back as ONE json value: the adapters' per-row decoding would otherwise
  // cost more than the query. Each row names its source by position in `owed`.
  const [row] = await db.$queryRawUnsafe<Array<{ items: string | Wire[] | null }>>(
    `WITH owed AS (
       SELECT (o.ordinality - 1)::int AS n, o.value->>'type' AS type, (o.value->>'sourceId')::int AS "sourceId",
              (o.value->>'due')::timestamp(3) AS due, (o.value->>'slotAt')::timestamp(3) AS "slotAt"
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY o),
     open_tasks AS MATERIALIZED (
       SELECT o.n, a.id, a."taskId", a."schoolId", a."personId", t.title FROM owed o
         JOIN "TaskAssignment" a ON a."taskId" = o."sourceId" AND a."dueAt" = o.due
         JOIN "Task" t ON t.id = a."taskId"
        WHERE o.type = 'task' AND a.status = 'OPEN' AND a."createdAt" <= o."slotAt"),
     candidates AS (
     SELECT o.n, c.id AS "itemId", NULL::int AS "taskId", cs."schoolId", h.id AS "personId", c.title
       FROM owed o JOIN "Campaign" c ON c.id = o."sourceId"
       JOIN "CampaignSchool" cs ON cs."campaignId" = c.id AND GREATEST(cs."reopenedUntil", c.deadline) = o.due
       JOIN "Person" h ON h."schoolId" = cs."schoolId" AND h.role = 'HEAD' AND ${REACHABLE("h")}
      WHERE o.type = 'campaign'
        AND NOT EXISTS (SELECT 1 FROM "Submission" s
                         WHERE s."campaignId" = c.id AND s."schoolId" = cs."schoolId" AND s.status = 'SUBMITTED')
     -- a named person, or else the school's heads: two plain joins (an OR in one join would defeat hash joins)
     UNION ALL
     SELECT a.n, a.id, a."taskId", a."schoolId", r.id, a.title FROM open_tasks a JOIN "Person" r ON r.id = a."personId" AND ${REACHABLE("r")}
     UNION ALL
     SELECT a.n, a.id, a."taskId", a."schoolId", r.id, a.title
       FROM open_tasks a JOIN "Person" r ON r."schoolId" = a."schoolId" AND r.role = 'HEAD' AND ${REACHABLE("r")}
      WHERE a."personId" IS NULL
     UNION ALL
     -- who has not pressed «Ознакомлен» (nor has another head of their school) on a copy they were delivered
     SELECT o.n, an.id, NULL::int, r."schoolId", r."personId", left(split_part(btrim(an.text), E'\\n', 1), 200)
       FROM owed o JOIN "Announcement" an ON an.id = o."sourceId"
       JOIN "AnnouncementRecipient" r ON r."announcementId" = an.id AND r."acknowledgedAt" IS NULL
       JOIN "Person" p ON p.id = r."personId" AND ${REACHABLE("p")}
       JOIN "OutboxMessage" m ON m."dedupeKey" = 'ann:' || an.id || ':' || r."personId" AND m.status = 'SENT'
      WHERE o.type = 'announcement'
        AND NOT EXISTS (SELECT 1 FROM "AnnouncementRecipient" other
                         WHERE other."announcementId" = an.id AND r."schoolId" IS NOT NULL
                           AND other."schoolId" = r."schoolId" AND other."acknowledgedAt" IS NOT NULL))
     SELECT json_agg(json_build_array(n, "itemId", "taskId", "schoolId", "personId", title)) AS items FROM candidates`,
    JSON.stringify(owed.map((o) => ({ type: o.type, sourceId: o.sourceId, due: o.due.toISOString(), slotAt: o.slotAt.toISOString() }))),
  );
  const items: Wire[] = typeof row?.items === "string" ? (JSON.parse(row.items) as Wire[]) : (row?.items ?? []);
  return items.map(([n, itemId, taskId, schoolId, personId, title]) => {
    const source = owed[n]!;
    return { type: source.type, itemId, taskId, schoolId, personId, title, source };
  });
}

/** One candidate on the wire: [index of its owed source, itemId, taskId, schoolId, personId, title]. */
type Wire = [number, number, number | null, number | null, number, string];
