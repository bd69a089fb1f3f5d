// A methodologist adds an indicator of their own municipality to pick in campaigns.
import { z } from "zod";
import { visibleText } from "../text/visible-text.js";
import { recordAudit } from "../audit/record-audit.js";
import { requireRole } from "../actor.js";
import { auditActorId, isSystemActor, type Caller } from "../people/system-actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { invalidInput, parseInput } from "../input-error.js";
import { DEFAULT_INDICATORS } from "./catalogue.js";
import { toIndicatorView, type IndicatorView } from "./indicator-view.js";
import { isUniqueViolation } from "../is-unique-violation.js";
import { HARD_MAX } from "./parse-answer.js";

const bound = z.number().finite().min(-HARD_MAX).max(HARD_MAX).nullable().default(null);

export const createIndicatorInput = z
  .object({
    // Codes are global (the catalogue shares them), upper-case Latin so they read well in exports.
    code: z
      .string()
      .trim()
      .transform((code) => code.toUpperCase())
      .pipe(z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/)),
    kind: z.enum(["SHARE", "COUNT", "BOOLEAN", "TEXT"]),
    titleRu: visibleText({ min: 3, max: 300 }),
    titleEn: visibleText({ min: 0, max: 300 }).optional(),
    helpRu: z.string().trim().max(500).default(""),
    helpEn: z.string().trim().max(500).optional(),
    integer: z.boolean().default(true),
    minValue: bound,
    maxValue: bound,
  })
  .refine((v) => v.minValue === null || v.maxValue === null || v.minValue <= v.maxValue, {
    path: ["maxValue"],
    message: "max-below-min",
  });

export type CreateIndicatorInput = z.input<typeof createIndicatorInput>;

/** A methodologist adds to their own municipality; the admin CLI (system) names the municipality. */
export async function createIndicator(
  deps: DomainDeps,
  caller: Caller,
  input: CreateIndicatorInput & { municipalityId?: number },
): Promise<IndicatorView> {
  if (!isSystemActor(caller)) requireRole(caller, "METHODOLOGIST", "ADMIN");
  const municipalityId = isSystemActor(caller) ? input.municipalityId : caller.municipalityId;
  if (municipalityId === undefined) throw invalidInput("municipalityId", "required");
  const data = parseInput(createIndicatorInput, input);
  if (DEFAULT_INDICATORS.some((i) => i.code === data.code)) throw new DomainError("conflict", { code: data.code });

  const last = await deps.db.indicator.aggregate({
    where: { OR: [{ municipalityId }, { municipalityId: null }] },
    _max: { position: true },
  });
  try {
    const row = await deps.db.$transaction(async (tx) => {
      const created = await tx.indicator.create({
        data: {
          code: data.code,
          kind: data.kind,
          municipalityId,
          titleRu: data.titleRu,
          titleEn: data.titleEn || data.titleRu,
          helpRu: data.helpRu,
          helpEn: data.helpEn || data.helpRu,
          // SHARE answers are counts of people, stored in integer columns.
          integer: data.kind === "SHARE" ? true : data.integer,
          minValue: data.minValue,
          maxValue: data.maxValue,
          position: (last._max.position ?? 0) + 10,
          createdAt: deps.now(),
        },
      });
      await recordAudit(tx, {
        at: deps.now(),
        actorId: auditActorId(caller),
        action: "indicator.create",
        entity: "Indicator",
        entityId: created.id,
        data: { code: created.code, kind: created.kind },
      });
      return created;
    });
    return toIndicatorView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("conflict", { code: data.code });
    throw error;
  }
}
