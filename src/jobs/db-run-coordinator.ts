// node-cron runs every job in every process; this coordinator lets exactly one process claim each firing
// (`${name}:${fireTime}`) with an insert that only one can win, on PGlite and PostgreSQL alike.
import type { RunCoordinator } from "node-cron";
import type { SqlExecutor } from "../db/sql-executor.js";
import { pruneUpdateClaims } from "../bot/run/update-claims.js";

export function dbRunCoordinator(sql: SqlExecutor, now: () => Date): RunCoordinator {
  return {
    async shouldRun(key, ttlMs) {
      const at = now();
      const rows = await sql.query(
        `INSERT INTO "JobClaim" (key, "claimedAt", "expiresAt") VALUES ($1, $2, $3)
         ON CONFLICT (key) DO NOTHING RETURNING key`,
        [key, at, new Date(at.getTime() + ttlMs)],
      );
      return rows.length === 1;
    },
  };
}

/** Claims past their lease are history; dropping them keeps the table small. */
export async function pruneJobClaims(sql: SqlExecutor, now: Date): Promise<void> {
  await sql.query(`DELETE FROM "JobClaim" WHERE "expiresAt" < $1`, [new Date(now.getTime() - 24 * 3600_000)]);
  await pruneUpdateClaims(sql, now);
}
