import { z } from "zod";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../people/parse-input.js";
import { isSystemActor, requireAdminOf, type Caller } from "../people/system-actor.js";
import { toInviteView, type InviteStatus, type InviteView } from "./invite-view.js";

const inputSchema = z.object({
  /** absent: every municipality (the system only) */
  municipalityId: z.number().int().positive().optional(),
  status: z.enum(["active", "used", "expired", "revoked"]).optional(),
});

export interface InviteListItem extends InviteView {
  municipalityName: string;
  municipalityTimeZone: string;
  schoolShortName: string | null;
  usedByName: string | null;
}

/** Newest first. An ADMIN sees their municipality's invites; the system sees all. */
export async function listInvites(
  deps: DomainDeps,
  caller: Caller,
  input: { municipalityId?: number; status?: InviteStatus } = {},
): Promise<InviteListItem[]> {
  const data = parseInput(inputSchema, input);
  const municipalityId = data.municipalityId ?? (isSystemActor(caller) ? undefined : caller.municipalityId);
  if (municipalityId !== undefined) requireAdminOf(caller, municipalityId);
  const rows = await deps.db.invite.findMany({
    where: municipalityId === undefined ? {} : { municipalityId },
    include: {
      municipality: { select: { name: true, timeZone: true } },
      school: { select: { shortName: true } },
      usedBy: { select: { displayName: true } },
    },
    orderBy: { id: "desc" },
  });
  const now = deps.now();
  return rows
    .map((row) => ({
      ...toInviteView(row, now),
      municipalityName: row.municipality.name,
      municipalityTimeZone: row.municipality.timeZone,
      schoolShortName: row.school?.shortName ?? null,
      usedByName: row.usedBy?.displayName ?? null,
    }))
    .filter((invite) => data.status === undefined || invite.status === data.status);
}
