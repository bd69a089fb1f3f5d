// The methodologist confirmed the preview: store the plan (or update the one imported before from the same
// document, items matched by number), then give every item with a deadline its task. One transaction with its
// audit row: nothing is stored if anything fails.
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { auditActorId, type Caller } from "../people/system-actor.js";
import { itemData } from "./plan-item-row.js";
import type { PlanChanges } from "./plan-changes.js";
import { ensurePlanTasks } from "./plan-tasks.js";
import { preparePlanImport, type PlanImportInput } from "./prepare-plan-import.js";
import { toUtcDate } from "./schedule/calendar-date.js";

export interface ImportedPlan {
  planId: number;
  /** true when this document was imported before and the plan was updated */
  updated: boolean;
  items: number;
  sections: number;
  changes: PlanChanges | null;
  tasks: number;
  assignments: number;
}

export async function importPlan(deps: DomainDeps, caller: Caller, input: PlanImportInput): Promise<ImportedPlan> {
  const prepared = await preparePlanImport(deps, caller, input);
  const now = deps.now();
  const municipalityId = input.municipalityId;
  const planData = {
    periodStart: toUtcDate(prepared.period.start),
    periodEnd: toUtcDate(prepared.period.end),
    schoolYears: prepared.period.schoolYears,
    sourceName: input.fileName,
    columns: prepared.columns.map((c) => ({ role: c.role, label: c.label })),
    sections: prepared.sections,
  };
  return deps.db.$transaction(async (tx) => {
    const plan = await tx.plan.upsert({
      where: { municipalityId_title: { municipalityId, title: prepared.title } },
      create: { municipalityId, title: prepared.title, ...planData },
      update: planData,
      select: { id: true },
    });
    const keep = new Set<number>();
    const fresh: ReturnType<typeof itemData>[] = [];
    const unchanged = new Set(prepared.unchangedIds);
    for (const [position, item] of prepared.items.entries()) {
      const data = itemData(item, position);
      if (item.storedId === null) fresh.push(data);
      else {
        keep.add(item.storedId);
        // Re-importing the same document rewrites nothing: only items that changed or moved are written.
        if (!unchanged.has(item.storedId) || prepared.storedPositions[item.storedId] !== position) {
          await tx.planItem.update({ where: { id: item.storedId }, data });
        }
      }
    }
    if (fresh.length > 0) {
      const created = await tx.planItem.createManyAndReturn({ data: fresh.map((d) => ({ ...d, planId: plan.id })), select: { id: true } });
      created.forEach((c) => keep.add(c.id));
    }
    // Items gone from the document leave the plan; their tasks (and what schools reported) stay.
    if (prepared.existingPlanId !== null) {
      await tx.planItem.updateMany({ where: { planId: plan.id, removedAt: null, id: { notIn: [...keep] } }, data: { removedAt: now } });
    }
    const made = await ensurePlanTasks(tx, now, { planIds: [plan.id] });
    const result: ImportedPlan = {
      planId: plan.id,
      updated: prepared.existingPlanId !== null,
      items: prepared.items.length,
      sections: prepared.sections.length,
      changes: prepared.changes,
      tasks: made.tasks,
      assignments: made.assignments,
    };
    await recordAudit(tx, {
      at: now,
      actorId: auditActorId(caller),
      action: result.updated ? "plan.reimport" : "plan.import",
      entity: "Plan",
      entityId: plan.id,
      data: { fileName: input.fileName, items: result.items, tasks: result.tasks, changes: (prepared.changes ?? null) as never },
    });
    return result;
  });
}
