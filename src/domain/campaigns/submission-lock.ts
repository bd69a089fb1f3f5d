// Writes to one school's submission are serialised on its row, so the old value read for the history is
// the value the previous writer left, and two heads answering at once end with one submission.
import type { Prisma } from "../../generated/prisma/client.js";
import type { SubmissionStatus } from "../../generated/prisma/enums.js";

export type Tx = Prisma.TransactionClient;

// Heads answering at once queue on one row (and on PGlite on its single connection): give the queue time.
export const SUBMISSION_TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

export interface LockedSubmission {
  id: number;
  status: SubmissionStatus;
}

/** Creates the DRAFT if there is none (ON CONFLICT DO NOTHING: a racing creator simply wins), then locks it. */
export async function lockSubmission(tx: Tx, campaignId: number, schoolId: number, now: Date): Promise<LockedSubmission> {
  await tx.submission.createMany({ data: [{ campaignId, schoolId, createdAt: now }], skipDuplicates: true });
  const locked = await lockExistingSubmission(tx, campaignId, schoolId);
  if (!locked) throw new Error(`submission ${campaignId}/${schoolId} vanished inside its transaction`);
  return locked;
}

export async function lockExistingSubmission(
  tx: Tx,
  campaignId: number,
  schoolId: number,
): Promise<LockedSubmission | undefined> {
  const rows = await tx.$queryRaw<Array<{ id: number; status: SubmissionStatus }>>`
    SELECT id, status::text AS status FROM "Submission"
    WHERE "campaignId" = ${campaignId} AND "schoolId" = ${schoolId}
    FOR UPDATE`;
  return rows[0];
}
