// Only the system (admin CLI, demo seed) creates municipalities: a person's scope is their own municipality.
import { z } from "zod";
import { visibleText } from "../text/visible-text.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { isUniqueViolation } from "../is-unique-violation.js";
import { parseInput } from "../people/parse-input.js";
import { auditActorId, isSystemActor, type Caller } from "../people/system-actor.js";
import { municipalitySelect, toMunicipalityView, type MunicipalityView } from "./municipality-view.js";
import { canonicalTimeZone } from "./time-zone.js";

const hour = z.number().int("not-an-hour").min(0, "not-an-hour").max(23, "not-an-hour");

const inputSchema = z.object({
  name: visibleText({ min: 2, max: 200 }),
  timeZone: z
    .string()
    .transform((zone, ctx) => {
      const canonical = canonicalTimeZone(zone);
      if (canonical) return canonical;
      ctx.addIssue({ code: "custom", message: "unknown-time-zone", params: { value: zone } });
      return z.NEVER;
    }),
  quietHours: z
    .object({ start: hour, end: hour })
    .refine((q) => q.start !== q.end, "same-quiet-hours")
    .optional(),
});

export type CreateMunicipalityInput = z.input<typeof inputSchema>;

export async function createMunicipality(deps: DomainDeps, caller: Caller, input: CreateMunicipalityInput): Promise<MunicipalityView> {
  if (!isSystemActor(caller)) throw new DomainError("forbidden");
  const data = parseInput(inputSchema, input);
  try {
    return await deps.db.$transaction(async (tx) => {
      const created = await tx.municipality.create({
        data: {
          name: data.name,
          timeZone: data.timeZone,
          ...(data.quietHours ? { quietHoursStart: data.quietHours.start, quietHoursEnd: data.quietHours.end } : {}),
        },
        select: municipalitySelect,
      });
      await recordAudit(tx, {
        at: deps.now(),
        actorId: auditActorId(caller),
        action: "municipality.create",
        entity: "Municipality",
        entityId: created.id,
        data: { name: created.name, timeZone: created.timeZone },
      });
      return toMunicipalityView(created);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("conflict", { field: "name", problem: `a municipality named "${data.name}" already exists` });
    }
    throw error;
  }
}
