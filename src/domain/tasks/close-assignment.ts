// A head (or the named person) closes an assignment with evidence: a comment, a Telegram file, a link. The
// claim is conditional (still OPEN), so two heads of one school pressing at once close it once.
import { z } from "zod";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { assignmentSelect, toAssignmentView, type AssignmentView } from "./assignment-view.js";
import { isAssignee, requireSeesAssignment } from "./task-access.js";
import { notifyTaskCreator } from "./task-notices.js";

const inputSchema = z.object({
  assignmentId: z.number().int().positive(),
  comment: z.string().trim().min(1).max(3000).optional(),
  fileId: z.string().min(1).max(300).optional(),
  fileName: z.string().max(255).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
});

export type CloseAssignmentInput = z.input<typeof inputSchema>;

export async function closeAssignment(deps: DomainDeps, actor: Actor, input: CloseAssignmentInput): Promise<AssignmentView> {
  const data = parseInput(inputSchema, input);
  if (data.comment === undefined && data.fileId === undefined && data.url === undefined) throw new DomainError("task-no-evidence");
  const current = await deps.db.taskAssignment.findUnique({ where: { id: data.assignmentId }, select: assignmentSelect });
  if (!current) throw new DomainError("not-found");
  requireSeesAssignment(actor, current);
  if (!isAssignee(actor, current)) throw new DomainError("forbidden");
  const now = deps.now();

  const row = await deps.db.$transaction(async (tx) => {
    const claimed = await tx.taskAssignment.updateMany({
      where: { id: data.assignmentId, status: "OPEN" },
      data: {
        status: "DONE",
        evidenceText: data.comment ?? null,
        evidenceFileId: data.fileId ?? null,
        evidenceFileName: data.fileId ? (data.fileName ?? null) : null,
        evidenceUrl: data.url ?? null,
        doneAt: now,
        doneById: actor.personId,
      },
    });
    if (claimed.count === 0) throw new DomainError("task-not-open");
    await recordAudit(tx, {
      at: deps.now(),
      actorId: actor.personId,
      action: "task.close",
      entity: "TaskAssignment",
      entityId: data.assignmentId,
      data: { comment: data.comment ?? null, file: data.fileName ?? data.fileId ?? null, url: data.url ?? null },
    });
    const updated = await tx.taskAssignment.findUniqueOrThrow({ where: { id: data.assignmentId }, select: assignmentSelect });
    await notifyTaskCreator(tx, now, updated, actor);
    return updated;
  });
  return toAssignmentView(row, actor, now);
}
