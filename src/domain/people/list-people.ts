import { z } from "zod";
import { Role } from "../../generated/prisma/enums.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "./parse-input.js";
import { isSystemActor, requireSeesMunicipality, type Caller } from "./system-actor.js";
import { telegramIdToNumber } from "./telegram-id.js";

const inputSchema = z.object({
  municipalityId: z.number().int().positive(),
  role: z.enum(Role).optional(),
  schoolId: z.number().int().positive().optional(),
});

export interface PersonListItem {
  id: number;
  displayName: string;
  role: Role;
  municipalityId: number;
  schoolId: number | null;
  schoolShortName: string | null;
  telegramId: number | null;
  language: "ru" | "en";
  revoked: boolean;
  revokedAt: Date | null;
  botBlocked: boolean;
  createdAt: Date;
}

/** Staff of the municipality (and the system) see its people, revoked ones included and flagged. */
export async function listPeople(
  deps: DomainDeps,
  caller: Caller,
  input: { municipalityId: number; role?: Role; schoolId?: number },
): Promise<PersonListItem[]> {
  const data = parseInput(inputSchema, input);
  requireSeesMunicipality(caller, data.municipalityId);
  if (!isSystemActor(caller) && caller.role === "HEAD") throw new DomainError("forbidden");
  const rows = await deps.db.person.findMany({
    where: {
      municipalityId: data.municipalityId,
      ...(data.role ? { role: data.role } : {}),
      ...(data.schoolId ? { schoolId: data.schoolId } : {}),
    },
    include: { school: { select: { shortName: true } } },
    orderBy: [{ role: "asc" }, { displayName: "asc" }, { id: "asc" }],
  });
  return rows.map((p) => ({
    id: p.id,
    displayName: p.displayName,
    role: p.role,
    municipalityId: p.municipalityId,
    schoolId: p.schoolId,
    schoolShortName: p.school?.shortName ?? null,
    telegramId: telegramIdToNumber(p.telegramId),
    language: p.language,
    revoked: p.revokedAt !== null,
    revokedAt: p.revokedAt,
    botBlocked: p.blockedBotAt !== null,
    createdAt: p.createdAt,
  }));
}
