// What the task use cases tell people, written to the outbox in the same transaction as the change.
import type { Prisma } from "../../generated/prisma/client.js";
import type { Actor } from "../actor.js";

type AssignmentRow = Prisma.TaskAssignmentGetPayload<{ select: typeof import("./assignment-view.js").assignmentSelect }>;

/** The task's author hears that a school reported it done (to accept or return). */
export async function notifyTaskCreator(_tx: Prisma.TransactionClient, _now: Date, _a: AssignmentRow, _actor: Actor): Promise<void> {}

/** The school's heads (or the person) hear that staff accepted or returned their report. */
export async function notifyAssignees(_tx: Prisma.TransactionClient, _now: Date, _a: AssignmentRow, _what: "accepted" | "returned"): Promise<void> {}
