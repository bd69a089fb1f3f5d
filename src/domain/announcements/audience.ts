// Who an audience means, in one query: the people of the sender's municipality it covers (never another
// municipality's, whatever ids a forged draft carries), and the schools it covers that have no head in the bot.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { Audience } from "./announcement-input.js";

type Db = Pick<PrismaClient | Prisma.TransactionClient, "$queryRawUnsafe">;

export interface AudienceMember {
  personId: number;
  schoolId: number | null;
  reachable: boolean;
  blocked: boolean;
}

const ROLES: Record<Audience["kind"], string> = { heads: "HEAD", schools: "HEAD", role: "", all: "" };

export async function audienceMembers(db: Db, municipalityId: number, authorId: number, audience: Audience): Promise<AudienceMember[]> {
  const roles = audience.kind === "role" ? [audience.role] : audience.kind === "all" ? ["HEAD", "METHODOLOGIST", "OFFICIAL"] : [ROLES[audience.kind]];
  const schoolIds = audience.kind === "schools" ? audience.schoolIds : null;
  const rows = await db.$queryRawUnsafe<Array<{ personId: number; schoolId: number | null; reachable: boolean; blocked: boolean }>>(
    `SELECT p.id AS "personId", p."schoolId", (p."telegramId" IS NOT NULL AND p."blockedBotAt" IS NULL) AS reachable,
            (p."blockedBotAt" IS NOT NULL) AS blocked
       FROM "Person" p
      WHERE p."municipalityId" = $1 AND p."revokedAt" IS NULL AND p.id <> $2
        AND p.role::text IN (SELECT value FROM jsonb_array_elements_text($3::jsonb))
        AND ($4::jsonb IS NULL OR p."schoolId" IN (SELECT value::int FROM jsonb_array_elements_text($4::jsonb)))
      ORDER BY p.id`,
    municipalityId,
    authorId,
    JSON.stringify(roles),
    schoolIds === null ? null : JSON.stringify(schoolIds),
  );
  return rows;
}

/** Schools the audience addresses (all heads, or the chosen ones) with no head registered: nobody there to tell. */
export async function schoolsWithoutHead(db: Db, municipalityId: number, audience: Audience): Promise<number> {
  if (audience.kind !== "heads" && audience.kind !== "schools" && audience.kind !== "all") return 0;
  const schoolIds = audience.kind === "schools" ? audience.schoolIds : null;
  const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>(
    `SELECT COUNT(*)::int AS n FROM "School" s
      WHERE s."municipalityId" = $1
        AND ($2::jsonb IS NULL OR s.id IN (SELECT value::int FROM jsonb_array_elements_text($2::jsonb)))
        AND NOT EXISTS (SELECT 1 FROM "Person" p WHERE p."schoolId" = s.id AND p.role = 'HEAD' AND p."revokedAt" IS NULL AND p."telegramId" IS NOT NULL)`,
    municipalityId,
    schoolIds === null ? null : JSON.stringify(schoolIds),
  );
  return row?.n ?? 0;
}

/** Chosen schools that are not the municipality's: a forged or stale draft. */
export async function foreignSchools(db: Db, municipalityId: number, audience: Audience): Promise<number> {
  if (audience.kind !== "schools") return 0;
  const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>(
    `SELECT COUNT(*)::int AS n FROM jsonb_array_elements_text($2::jsonb) AS c(id)
      WHERE NOT EXISTS (SELECT 1 FROM "School" s WHERE s.id = c.id::int AND s."municipalityId" = $1)`,
    municipalityId,
    JSON.stringify(audience.schoolIds),
  );
  return row?.n ?? 0;
}
