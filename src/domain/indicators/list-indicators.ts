// The indicators a municipality can put in a campaign: the shared catalogue and its own, not archived.
import { z } from "zod";
import { isSystemActor, type Caller } from "../people/system-actor.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../input-error.js";
import { toIndicatorView, type IndicatorView } from "./indicator-view.js";

const listIndicatorsInput = z.object({ kind: z.enum(["SHARE", "COUNT", "BOOLEAN", "TEXT"]).optional() }).default({});

export async function listIndicators(
  deps: DomainDeps,
  caller: Caller,
  input: z.input<typeof listIndicatorsInput> & { municipalityId?: number } = {},
): Promise<IndicatorView[]> {
  // People see their own municipality's; the admin CLI (system) names one, or sees the shared catalogue.
  const municipalityId = isSystemActor(caller) ? (input.municipalityId ?? null) : caller.municipalityId;
  const { kind } = parseInput(listIndicatorsInput, input);
  const rows = await deps.db.indicator.findMany({
    where: {
      archivedAt: null,
      OR: [{ municipalityId: null }, { municipalityId }],
      ...(kind ? { kind } : {}),
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  return rows.map(toIndicatorView);
}
