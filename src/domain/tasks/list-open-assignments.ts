// Open task assignments of a municipality with their deadlines: what reminders, digests and /status read.
// One index range on TaskAssignment(municipalityId, status, dueAt); no join is needed to filter.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";

export interface OpenAssignment {
  assignmentId: number;
  taskId: number;
  title: string;
  /** end of the due day; null: standing («постоянно») or no deadline, never overdue */
  dueAt: Date | null;
  standing: boolean;
  schoolId: number | null;
  personId: number | null;
  /** the last return, if the assignment came back from staff */
  returnedAt: Date | null;
  returnReason: string | null;
}

export interface OpenAssignmentFilter {
  municipalityId: number;
  /** only those whose deadline is before this moment (overdue at `now`) */
  dueBefore?: Date;
  /** only deadlines up to this moment, standing ones excluded (due soon or overdue) */
  dueUpTo?: Date;
  schoolId?: number;
  personId?: number;
}

/** Open = not yet done (OPEN, including returned ones). Overdue = open and dueAt < now. Ordered by deadline. */
export async function listOpenAssignments(
  db: PrismaClient | Prisma.TransactionClient,
  filter: OpenAssignmentFilter,
): Promise<OpenAssignment[]> {
  const due =
    filter.dueBefore !== undefined
      ? { lt: filter.dueBefore }
      : filter.dueUpTo !== undefined
        ? { lte: filter.dueUpTo }
        : undefined;
  const rows = await db.taskAssignment.findMany({
    where: {
      municipalityId: filter.municipalityId,
      status: "OPEN",
      ...(due ? { dueAt: due } : {}),
      ...(filter.schoolId !== undefined ? { schoolId: filter.schoolId } : {}),
      ...(filter.personId !== undefined ? { personId: filter.personId } : {}),
    },
    select: {
      id: true,
      taskId: true,
      dueAt: true,
      schoolId: true,
      personId: true,
      returnedAt: true,
      returnReason: true,
      task: { select: { title: true, standing: true } },
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  return rows.map((r) => ({
    assignmentId: r.id,
    taskId: r.taskId,
    title: r.task.title,
    dueAt: r.dueAt,
    standing: r.task.standing,
    schoolId: r.schoolId,
    personId: r.personId,
    returnedAt: r.returnedAt,
    returnReason: r.returnReason,
  }));
}

/** Overdue at `now`: open, with a deadline, and the deadline passed. Standing tasks never are. */
export function isOverdue(a: { status: string; dueAt: Date | null }, now: Date): boolean {
  return a.status === "OPEN" && a.dueAt !== null && a.dueAt.getTime() < now.getTime();
}
