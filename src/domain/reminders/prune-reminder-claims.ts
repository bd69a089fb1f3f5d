// A reminder claim only matters while the sweep can still ask for its key. The sweep looks at tasks due at
// most LOOK_BACK_MS ago and campaign forms not yet due, and a slot opens at most LOOK_AHEAD_MS before its
// deadline, so a claim made longer ago than both together (plus a day's margin for zones and late sweeps)
// can never be asked for again. Pruned nightly with the outbox (job `prune-outbox`), so the sweep's
// look-up of today's keys stays on a small table whatever the history.
import type { DomainDeps } from "../deps.js";
import { LOOK_AHEAD_MS, LOOK_BACK_MS } from "./reminder-sources.js";

export const KEEP_CLAIMS_MS = LOOK_BACK_MS + LOOK_AHEAD_MS + 24 * 3600_000;

export async function pruneReminderClaims(deps: DomainDeps): Promise<{ pruned: number }> {
  const before = new Date(deps.now().getTime() - KEEP_CLAIMS_MS);
  const pruned = await deps.db.$executeRawUnsafe(`DELETE FROM "ReminderClaim" WHERE "claimedAt" < $1::timestamp(3)`, before.toISOString());
  return { pruned };
}
