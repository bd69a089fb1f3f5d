// Who changed what and when. Takes the transaction client when called inside one, so the audit row commits
// or rolls back with the change it describes.
import type { Prisma } from "../../generated/prisma/client.js";

export type AuditDb = Pick<Prisma.TransactionClient, "auditLog">;

export interface AuditEntry {
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
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      ...(entry.data === undefined ? {} : { data: entry.data }),
    },
  });
}
