// One assignment's card. A head asking for another school's (a forged button) is refused.
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { assignmentSelect, toAssignmentView, type AssignmentView } from "./assignment-view.js";
import { requireSeesAssignment } from "./task-access.js";

export async function getAssignment(deps: DomainDeps, actor: Actor, input: { assignmentId: number }): Promise<AssignmentView> {
  const row = await deps.db.taskAssignment.findUnique({ where: { id: input.assignmentId }, select: assignmentSelect });
  if (!row) throw new DomainError("not-found");
  requireSeesAssignment(actor, row);
  return toAssignmentView(row, actor, deps.now());
}
