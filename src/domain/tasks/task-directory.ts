// Who can be made responsible in a municipality: its schools and its staff (officials, methodologists).
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import type { Directory } from "./responsible.js";

export async function loadDirectory(db: PrismaClient | Prisma.TransactionClient, municipalityId: number): Promise<Directory> {
  const [schools, staff] = await Promise.all([
    db.school.findMany({ where: { municipalityId }, select: { id: true, name: true, shortName: true }, orderBy: [{ shortName: "asc" }, { id: "asc" }] }),
    db.person.findMany({
      where: { municipalityId, role: { in: ["OFFICIAL", "METHODOLOGIST"] }, revokedAt: null },
      select: { id: true, displayName: true, role: true },
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
    }),
  ]);
  return { schools, staff };
}

/** For the meeting conversation: the schools and staff to choose from, and the municipality's zone and today. */
export async function getTaskDirectory(deps: DomainDeps, actor: Actor): Promise<Directory & { timeZone: string }> {
  requireRole(actor, "OFFICIAL", "METHODOLOGIST");
  const municipality = await deps.db.municipality.findUniqueOrThrow({ where: { id: actor.municipalityId }, select: { timeZone: true } });
  return { ...(await loadDirectory(deps.db, actor.municipalityId)), timeZone: municipality.timeZone };
}
