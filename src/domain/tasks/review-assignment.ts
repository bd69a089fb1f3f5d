// Staff review what a school reported: accept it (done for good) or return it with a reason (back to open; the
// school's heads are told). Both are conditional on the assignment still waiting for review.
import { z } from "zod";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { assignmentSelect, toAssignmentView, type AssignmentView } from "./assignment-view.js";
import { requireReviewer } from "./task-access.js";
import { notifyAssignees } from "./task-notices.js";

const acceptSchema = z.object({ assignmentId: z.number().int().positive() });
const returnSchema = z.object({ assignmentId: z.number().int().positive(), reason: z.string().trim().min(2).max(1000) });

export async function acceptAssignment(deps: DomainDeps, actor: Actor, input: z.input<typeof acceptSchema>): Promise<AssignmentView> {
  const data = parseInput(acceptSchema, input);
  return review(deps, actor, data.assignmentId, "task.accept", (now) => ({ status: "ACCEPTED", acceptedAt: now, acceptedById: actor.personId }));
}

export async function returnAssignment(deps: DomainDeps, actor: Actor, input: z.input<typeof returnSchema>): Promise<AssignmentView> {
  const data = parseInput(returnSchema, input);
  return review(
    deps,
    actor,
    data.assignmentId,
    "task.return",
    (now) => ({ status: "OPEN", returnedAt: now, returnedById: actor.personId, returnReason: data.reason }),
    { reason: data.reason },
  );
}

async function review(
  deps: DomainDeps,
  actor: Actor,
  assignmentId: number,
  action: "task.accept" | "task.return",
  change: (now: Date) => { status: "ACCEPTED" | "OPEN" } & Record<string, unknown>,
  audit: Record<string, string> = {},
): Promise<AssignmentView> {
  const current = await deps.db.taskAssignment.findUnique({ where: { id: assignmentId }, select: assignmentSelect });
  if (!current) throw new DomainError("not-found");
  requireReviewer(actor, current);
  const now = deps.now();
  const row = await deps.db.$transaction(async (tx) => {
    const claimed = await tx.taskAssignment.updateMany({ where: { id: assignmentId, status: "DONE" }, data: change(now) });
    if (claimed.count === 0) throw new DomainError("task-not-done");
    await recordAudit(tx, { at: deps.now(), actorId: actor.personId, action, entity: "TaskAssignment", entityId: assignmentId, data: audit });
    const updated = await tx.taskAssignment.findUniqueOrThrow({ where: { id: assignmentId }, select: assignmentSelect });
    await notifyAssignees(tx, now, updated, action === "task.accept" ? "accepted" : "returned");
    return updated;
  });
  return toAssignmentView(row, actor, now);
}
