// Anyone can turn the weekly digest off (and on again): a setting of the person.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../people/parse-input.js";

const input = z.object({ enabled: z.boolean() });

export async function setWeeklyDigest(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<{ enabled: boolean }> {
  const { enabled } = parseInput(input, raw);
  await deps.db.person.update({ where: { id: actor.personId }, data: { weeklyDigest: enabled } });
  return { enabled };
}

export async function getWeeklyDigest(deps: DomainDeps, actor: Actor): Promise<{ enabled: boolean }> {
  const person = await deps.db.person.findUniqueOrThrow({ where: { id: actor.personId }, select: { weeklyDigest: true } });
  return { enabled: person.weeklyDigest };
}
