// Who is handling which webhook update, across processes sharing the database. A claim is a short lease that
// the handler renews while it runs and turns into "done" only after the update was handled: a process that
// dies in the middle leaves the lease to run out, and Telegram's redelivery is then handled, not skipped.
import type { SqlExecutor } from "../../db/sql-executor.js";

export type ClaimResult = "claimed" | "done" | "busy";

export interface UpdateClaims {
  /** Takes the update unless it was handled ("done") or another handler's lease is live ("busy"). */
  claim(updateId: number): Promise<ClaimResult>;
  /** Extends the lease of an update still being handled. */
  renew(updateId: number): Promise<void>;
  done(updateId: number): Promise<void>;
  /** Gives the update up (its handling failed): the next delivery takes it again. */
  release(updateId: number): Promise<void>;
}

export const DEFAULT_LEASE_MS = 6_000;

export function updateClaims(sql: SqlExecutor, now: () => Date, leaseMs = DEFAULT_LEASE_MS): UpdateClaims {
  const leaseEnd = () => new Date(now().getTime() + leaseMs);
  return {
    async claim(updateId) {
      const at = now();
      const taken = await sql.query(
        `INSERT INTO "UpdateClaim" ("updateId", "leaseUntil") VALUES ($1, $2)
         ON CONFLICT ("updateId") DO UPDATE SET "leaseUntil" = EXCLUDED."leaseUntil", attempts = "UpdateClaim".attempts + 1
           WHERE "UpdateClaim"."doneAt" IS NULL AND "UpdateClaim"."leaseUntil" < $3
         RETURNING "updateId"`,
        [updateId, leaseEnd(), at],
      );
      if (taken.length === 1) return "claimed";
      const rows = await sql.query<{ doneAt: Date | null }>(`SELECT "doneAt" FROM "UpdateClaim" WHERE "updateId" = $1`, [updateId]);
      return rows[0]?.doneAt ? "done" : "busy";
    },
    async renew(updateId) {
      await sql.query(`UPDATE "UpdateClaim" SET "leaseUntil" = $2 WHERE "updateId" = $1 AND "doneAt" IS NULL`, [updateId, leaseEnd()]);
    },
    async done(updateId) {
      await sql.query(`UPDATE "UpdateClaim" SET "doneAt" = $2 WHERE "updateId" = $1`, [updateId, now()]);
    },
    async release(updateId) {
      await sql.query(`UPDATE "UpdateClaim" SET "leaseUntil" = $2 WHERE "updateId" = $1 AND "doneAt" IS NULL`, [updateId, new Date(0)]);
    },
  };
}

/** Handled updates older than a day are history: Telegram stops redelivering long before that. */
export async function pruneUpdateClaims(sql: SqlExecutor, now: Date): Promise<void> {
  await sql.query(`DELETE FROM "UpdateClaim" WHERE "leaseUntil" < $1`, [new Date(now.getTime() - 24 * 3600_000)]);
}
