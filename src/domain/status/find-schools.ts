// `/status <part of a school's name>`: the schools of the actor's municipality whose name or short name
// contains the words typed, case-insensitively ("калаш" finds «Калашниковская СОШ»).
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../people/parse-input.js";
import { staffScope } from "./status-scope.js";

const input = z.object({ query: z.string().trim().min(1).max(100) });

export const FIND_SCHOOLS_LIMIT = 10;

export async function findSchools(
  deps: DomainDeps,
  actor: Actor,
  raw: z.input<typeof input>,
): Promise<{ total: number; schools: Array<{ id: number; shortName: string; name: string }> }> {
  const { query } = parseInput(input, raw);
  const scope = staffScope(actor);
  const words = query.split(/\s+/).filter(Boolean).slice(0, 5);
  const where = {
    municipalityId: scope.municipalityId,
    AND: words.map((w) => ({ OR: [{ name: { contains: w, mode: "insensitive" as const } }, { shortName: { contains: w, mode: "insensitive" as const } }] })),
  };
  const [total, schools] = await Promise.all([
    deps.db.school.count({ where }),
    deps.db.school.findMany({ where, select: { id: true, shortName: true, name: true }, orderBy: [{ shortName: "asc" }, { id: "asc" }], take: FIND_SCHOOLS_LIMIT }),
  ]);
  return { total, schools };
}
