import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "./parse-input.js";

const languageSchema = z.enum(["ru", "en"], "ru or en");

/** The person's own interface language; returns the actor with it. */
export async function setLanguage(deps: DomainDeps, actor: Actor, language: "ru" | "en"): Promise<Actor> {
  const value = parseInput(languageSchema, language);
  const updated = await deps.db.person.updateMany({ where: { id: actor.personId, revokedAt: null }, data: { language: value } });
  if (updated.count === 0) throw new DomainError("access-revoked");
  return { ...actor, language: value };
}
