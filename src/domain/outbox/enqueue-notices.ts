// The one way a use case tells someone something: outbox rows written in the same transaction as the change
// that causes them; the dispatcher (src/notify) delivers them. The domain never calls the Bot API.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { nextAllowedMoment, type MunicipalityQuietHours } from "../municipalities/quiet-hours.js";

export interface NoticeInput {
  personId: number;
  /** A registered notice kind, "<feature>.<what>", e.g. "task.reminder" (src/notify/notices). */
  kind: string;
  /** Unique in the outbox: enqueueing the same key again is a no-op ("once" is a constraint). */
  dedupeKey: string;
  /** Plain data the renderer needs (ids, titles, ISO dates). */
  payload: Prisma.InputJsonValue;
  /** Default: now; moved past the recipient municipality's quiet hours unless respectQuietHours is false. */
  notBefore?: Date;
  /** Lower goes first; interactive notices 0, bulk 10 (default 5). */
  priority?: number;
  /** Default true. */
  respectQuietHours?: boolean;
  /** The dedupe key must hold at least until then (default: 30 days after enqueueing; see pruneOutbox). */
  keepUntil?: Date;
}

export const DEFAULT_NOTICE_PRIORITY = 5;

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Call it in the SAME transaction as the change that causes the message. Returns how many rows were new, and
 * with `returnKeys` their dedupe keys (for callers that count what they wrote themselves, e.g. the reminder sweep).
 */
export async function enqueueNotices(db: Db, now: Date, notices: NoticeInput[], options: { returnKeys?: boolean } = {}): Promise<{ queued: number; keys: string[] }> {
  if (notices.length === 0) return { queued: 0, keys: [] };
  const quiet = await quietHoursOf(db, notices.filter((n) => n.respectQuietHours !== false).map((n) => n.personId));
  const rows = notices.map((n) => {
    const at = n.notBefore ?? now;
    const hours = quiet.get(n.personId);
    return {
      personId: n.personId,
      kind: n.kind,
      dedupeKey: n.dedupeKey,
      payload: n.payload,
      notBefore: (n.respectQuietHours !== false && hours ? nextAllowedMoment(at, hours) : at).toISOString(),
      priority: n.priority ?? DEFAULT_NOTICE_PRIORITY,
      keepUntil: n.keepUntil?.toISOString() ?? null,
    };
  });
  // One statement for the whole batch; a key already in the outbox is skipped, not an error.
  const insert =
    `INSERT INTO "OutboxMessage" ("personId", "kind", "dedupeKey", "payload", "notBefore", "priority", "keepUntil", "createdAt")
     SELECT r."personId", r."kind", r."dedupeKey", r."payload", r."notBefore", r."priority", r."keepUntil", $2::timestamp(3)
     FROM jsonb_to_recordset($1::jsonb) AS r("personId" int, "kind" text, "dedupeKey" text, "payload" jsonb,
       "notBefore" timestamp(3), "priority" int, "keepUntil" timestamp(3))
     ON CONFLICT ("dedupeKey") DO NOTHING`;
  if (options.returnKeys) {
    const inserted = await db.$queryRawUnsafe<Array<{ dedupeKey: string }>>(`${insert} RETURNING "dedupeKey"`, JSON.stringify(rows), now.toISOString());
    return { queued: inserted.length, keys: inserted.map((r) => r.dedupeKey) };
  }
  return { queued: await db.$executeRawUnsafe(insert, JSON.stringify(rows), now.toISOString()), keys: [] };
}

async function quietHoursOf(db: Db, personIds: number[]): Promise<Map<number, MunicipalityQuietHours>> {
  if (personIds.length === 0) return new Map();
  const people = await db.person.findMany({
    where: { id: { in: [...new Set(personIds)] } },
    select: { id: true, municipality: { select: { timeZone: true, quietHoursStart: true, quietHoursEnd: true } } },
  });
  return new Map(people.map((p) => [p.id, p.municipality]));
}
