// The dispatcher's side of the outbox table: claim due rows with a lease, record each outcome. Claims use
// FOR UPDATE SKIP LOCKED, so two processes never take the same row (the same SQL runs on PGlite).
import type { PrismaClient } from "../generated/prisma/client.js";

export interface ClaimedRow {
  id: number;
  personId: number;
  kind: string;
  dedupeKey: string;
  payload: unknown;
  attempts: number;
  claimedUntil: Date;
  person: { telegramId: bigint | null; language: "ru" | "en"; blockedBotAt: Date | null; revokedAt: Date | null };
}

export type Outcome =
  | { status: "SENT"; chatId: bigint | null; messageId: number | null }
  | { status: "BLOCKED" | "FAILED"; reason: string }
  /** Back to the queue: a passing failure (attempt counted) or a wait that is nobody's fault (not counted). */
  | { status: "QUEUED"; notBefore: Date; reason?: string; countAttempt: boolean };

export async function claimDueRows(db: PrismaClient, now: Date, leaseMs: number, limit: number): Promise<ClaimedRow[]> {
  const claimed = await db.$queryRawUnsafe<Array<{ id: number }>>(
    `UPDATE "OutboxMessage" SET "status" = 'SENDING', "claimedUntil" = $2::timestamp(3), "attempts" = "attempts" + 1
     WHERE "id" IN (
       SELECT "id" FROM "OutboxMessage"
       WHERE ("status" = 'QUEUED' AND "notBefore" <= $1::timestamp(3))
          OR ("status" = 'SENDING' AND "claimedUntil" < $1::timestamp(3))
       ORDER BY "priority", "notBefore", "id"
       LIMIT $3
       FOR UPDATE SKIP LOCKED)
     RETURNING "id"`,
    now.toISOString(),
    new Date(now.getTime() + leaseMs).toISOString(),
    limit,
  );
  if (claimed.length === 0) return [];
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: claimed.map((c) => c.id) } },
    select: {
      id: true,
      personId: true,
      kind: true,
      dedupeKey: true,
      payload: true,
      attempts: true,
      claimedUntil: true,
      person: { select: { telegramId: true, language: true, blockedBotAt: true, revokedAt: true } },
    },
    orderBy: [{ priority: "asc" }, { notBefore: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ ...r, claimedUntil: r.claimedUntil! }));
}

/** Written right after the API answers: the window of doubt is this one statement. */
export async function recordOutcome(db: PrismaClient, row: ClaimedRow, outcome: Outcome, now: Date): Promise<void> {
  const where = { id: row.id, status: "SENDING" as const };
  if (outcome.status === "SENT") {
    await db.outboxMessage.updateMany({
      where,
      data: { status: "SENT", chatId: outcome.chatId, messageId: outcome.messageId, sentAt: now, finishedAt: now, claimedUntil: null, lastError: null },
    });
  } else if (outcome.status === "QUEUED") {
    await db.outboxMessage.updateMany({
      where,
      data: {
        status: "QUEUED",
        notBefore: outcome.notBefore,
        claimedUntil: null,
        ...(outcome.reason !== undefined ? { lastError: outcome.reason } : {}),
        ...(outcome.countAttempt ? {} : { attempts: { decrement: 1 } }),
      },
    });
  } else {
    await db.outboxMessage.updateMany({
      where,
      data: { status: outcome.status, lastError: outcome.reason.slice(0, 1000), finishedAt: now, claimedUntil: null },
    });
  }
}

/** The chat and message an earlier row was delivered as, for edits and deletes. */
export async function deliveredAs(
  db: PrismaClient,
  dedupeKey: string,
): Promise<{ status: string; chatId: bigint | null; messageId: number | null } | null> {
  return db.outboxMessage.findUnique({ where: { dedupeKey }, select: { status: true, chatId: true, messageId: true } });
}
