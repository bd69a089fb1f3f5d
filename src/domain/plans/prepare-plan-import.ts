// Everything the preview shows and the import stores, computed the same way for both: the file read, the
// period, schedules and responsible understood, named people matched to registered ones, and what a
// re-import would change.
import { z } from "zod";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { invalidInput, parseInput } from "../input-error.js";
import type { Caller } from "../people/system-actor.js";
import { readPlanFile } from "./document/read-plan-file.js";
import { requirePlanEditor } from "./plan-access.js";
import { comparePlan, type PlanChanges, type StoredItemKey } from "./plan-changes.js";
import { nameMatches, type ResponsiblePart } from "./responsible/read-responsible.js";
import { parsePeriodAnswer, readPeriod } from "./schedule/plan-period.js";
import { understandPlan, type UnderstoodItem, type UnderstoodPlan } from "./understand-plan.js";

export const planImportInput = z.object({
  municipalityId: z.number().int().positive(),
  fileName: z.string().min(1).max(255),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "a file"),
  /** «2022-2025», «2022-2023 уч»: only when the title names no period */
  period: z.string().max(40).optional(),
});
export type PlanImportInput = z.input<typeof planImportInput>;

export interface MatchedPart extends ResponsiblePart {
  personId: number | null;
  personName: string | null;
}

export interface PreparedItem extends UnderstoodItem {
  responsible: MatchedPart[];
  /** the stored item this one updates, on a re-import */
  storedId: number | null;
}

export interface PreparedImport extends Omit<UnderstoodPlan, "items"> {
  title: string;
  items: PreparedItem[];
  existingPlanId: number | null;
  changes: PlanChanges | null;
  /** stored items the document repeats exactly (ids), and where each stored item stood */
  unchangedIds: number[];
  storedPositions: Record<number, number>;
}

export async function preparePlanImport(deps: DomainDeps, caller: Caller, input: PlanImportInput): Promise<PreparedImport> {
  const data = parseInput(planImportInput, input);
  requirePlanEditor(caller, data.municipalityId);
  const parsed = await readPlanFile(data.bytes, data.fileName);
  const period = data.period ? parsePeriodAnswer(data.period) : readPeriod(parsed.title ?? "");
  if (!period) throw data.period ? invalidInput("period", "bad-format") : new DomainError("plan-no-period");
  const understood = understandPlan(parsed, period);
  const title = (parsed.title ?? data.fileName).slice(0, 1000);

  const people = await deps.db.person.findMany({
    where: { municipalityId: data.municipalityId, revokedAt: null },
    select: { id: true, displayName: true },
  });
  const existing = await deps.db.plan.findUnique({
    where: { municipalityId_title: { municipalityId: data.municipalityId, title } },
    select: { id: true, items: { where: { removedAt: null }, select: { ...storedKeySelect, position: true }, orderBy: { position: "asc" } } },
  });
  const { matches, changes, unchangedIds } = comparePlan(existing?.items ?? [], understood.items);
  const problems: PreparedImport["problems"] = [...understood.problems];
  const items = understood.items.map((item, index): PreparedItem => {
    const responsible = item.responsible.map((part) => matchPerson(part, people));
    for (const part of responsible) {
      if (part.kind === "PERSON" && part.personId === null) problems.push({ kind: "person", row: item.row, number: item.number, text: part.text });
    }
    return { ...item, responsible, storedId: matches[index]?.id ?? null };
  });
  problems.sort((a, b) => a.row - b.row);
  const storedPositions = Object.fromEntries((existing?.items ?? []).map((s) => [s.id, s.position]));
  return { ...understood, title, items, problems, existingPlanId: existing?.id ?? null, changes: existing ? changes : null, unchangedIds, storedPositions };
}

const storedKeySelect = {
  id: true,
  number: true,
  section: true,
  text: true,
  scheduleText: true,
  responsibleText: true,
  plannedResult: true,
} as const satisfies Record<keyof StoredItemKey, true>;

/** A named person becomes that registered person only when exactly one display name fits. */
function matchPerson(part: ResponsiblePart, people: { id: number; displayName: string }[]): MatchedPart {
  if (part.kind !== "PERSON" || !part.name) return { ...part, personId: null, personName: null };
  const found = people.filter((p) => nameMatches(part.name!, p.displayName));
  return found.length === 1 ? { ...part, personId: found[0]!.id, personName: found[0]!.displayName } : { ...part, personId: null, personName: null };
}
