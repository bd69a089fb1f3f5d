// Who changed what and when: every audit row goes through here. Takes the transaction client when called inside
// one, so the audit row commits or rolls back with the change it describes; `at` is the use case's clock
// (deps.now()), never the database's, so tests and the demo that move time see it in the log.
import type { Prisma } from "../../generated/prisma/client.js";

export type AuditDb = Pick<Prisma.TransactionClient, "auditLog">;

export interface AuditEntry {
  /** deps.now() of the use case */
  at: Date;
  /** null: the system (admin CLI, demo seed, jobs) */
  actorId: number | null;
  /** "<entity>.<verb>", e.g. "invite.redeem" */
  action: string;
  entity: string;
  entityId?: string | number | null;
  data?: Prisma.InputJsonValue;
}

export async function recordAudit(db: AuditDb, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      at: entry.at,
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      ...(entry.data === undefined ? {} : { data: entry.data }),
    },
  });
}
