// A reminder goes out once: the unique key in ReminderLog is claimed before sending, so a restart or a second
// process cannot send it again. A send that failed for a passing reason releases the claim for a later try.
import type { DomainDeps } from "../deps.js";

export interface ReminderClaim {
  key: string;
  personId: number;
  kind: string;
}

export async function claimReminder(deps: DomainDeps, claim: ReminderClaim): Promise<boolean> {
  const result = await deps.db.reminderLog.createMany({
    data: [{ key: claim.key, personId: claim.personId, kind: claim.kind, sentAt: deps.now() }],
    skipDuplicates: true,
  });
  return result.count === 1;
}

export async function releaseReminder(deps: DomainDeps, key: string): Promise<void> {
  await deps.db.reminderLog.deleteMany({ where: { key } });
}
