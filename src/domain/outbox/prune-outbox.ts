// Finished outbox rows are history once their dedupe key can no longer be asked for: a campaign notice after
// the campaign's deadline (keepUntil; the sweeps only look at open campaigns), anything else after
// KEEP_FINISHED_DAYS. Keeps the sweeps' anti-join and the claim index small whatever the history.
import type { DomainDeps } from "../deps.js";

export const KEEP_FINISHED_DAYS = 30;

export async function pruneOutbox(deps: DomainDeps): Promise<{ pruned: number }> {
  const now = deps.now();
  const before = new Date(now.getTime() - KEEP_FINISHED_DAYS * 24 * 3600_000);
  const pruned = await deps.db.$executeRawUnsafe(
    `DELETE FROM "OutboxMessage"
     WHERE "status" IN ('SENT', 'BLOCKED', 'FAILED')
       AND ("keepUntil" < $1::timestamp(3) OR ("keepUntil" IS NULL AND "createdAt" < $2::timestamp(3)))`,
    now.toISOString(),
    before.toISOString(),
  );
  return { pruned };
}
