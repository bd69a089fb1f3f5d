// One item's card for staff: each school's (and person's) state on the item's current task.
import type { Actor } from "../actor.js";
import { requireRole } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { requirePlanReader } from "./plan-access.js";

export interface ItemAssigneeState {
  name: string;
  state: "open" | "overdue" | "done";
}

export async function getPlanItemSchools(deps: DomainDeps, actor: Actor, input: { itemId: number }): Promise<{ planId: number; text: string; number: string | null; due: string | null; assignees: ItemAssigneeState[] }> {
  requireRole(actor, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  const item = await deps.db.planItem.findUnique({
    where: { id: input.itemId },
    select: {
      text: true,
      number: true,
      plan: { select: { id: true, municipalityId: true } },
      tasks: {
        orderBy: { dueAt: "desc" },
        take: 1,
        select: { dueAt: true, assignments: { select: { status: true, dueAt: true, school: { select: { shortName: true } }, person: { select: { displayName: true } } }, orderBy: { id: "asc" } } },
      },
    },
  });
  if (!item) throw new DomainError("not-found", { entity: "plan item", ref: String(input.itemId) });
  requirePlanReader(actor, item.plan.municipalityId);
  const now = deps.now();
  const task = item.tasks[0];
  return {
    planId: item.plan.id,
    text: item.text,
    number: item.number,
    due: task?.dueAt?.toISOString() ?? null,
    assignees: (task?.assignments ?? []).map((a) => ({
      name: a.school?.shortName ?? a.person?.displayName ?? "?",
      state: a.status !== "OPEN" ? "done" : a.dueAt && a.dueAt < now ? "overdue" : "open",
    })),
  };
}
