import type { Role } from "../../generated/prisma/enums.js";
import type { Invite } from "../../generated/prisma/client.js";

export type InviteStatus = "active" | "used" | "expired" | "revoked";

export interface InviteView {
  id: number;
  code: string;
  role: Role;
  municipalityId: number;
  schoolId: number | null;
  displayName: string | null;
  expiresAt: Date;
  createdAt: Date;
  usedAt: Date | null;
  usedById: number | null;
  revokedAt: Date | null;
  status: InviteStatus;
}

export function inviteStatus(invite: Pick<Invite, "usedAt" | "revokedAt" | "expiresAt">, now: Date): InviteStatus {
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export function toInviteView(invite: Invite, now: Date): InviteView {
  return {
    id: invite.id,
    code: invite.code,
    role: invite.role,
    municipalityId: invite.municipalityId,
    schoolId: invite.schoolId,
    displayName: invite.displayName,
    expiresAt: invite.expiresAt,
    createdAt: invite.createdAt,
    usedAt: invite.usedAt,
    usedById: invite.usedById,
    revokedAt: invite.revokedAt,
    status: inviteStatus(invite, now),
  };
}
