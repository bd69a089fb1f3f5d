// Staff overview of a municipality's tasks: newest first, a page at a time, each with how many assignees are
// open, overdue, waiting for review and accepted (counted in the database), plus what waits for review.
import type { Actor } from "../actor.js";
import { requireRole } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { assignmentSelect, toAssignmentView, type AssignmentView } from "./assignment-view.js";
import { STAFF_ROLES } from "./task-access.js";

export const TASKS_PAGE = 8;
export const REVIEW_LIMIT = 10;

export interface TaskSummary {
  id: number;
  title: string;
  dueAt: string | null;
  standing: boolean;
  /** open and not (yet) overdue */
  open: number;
  overdue: number;
  done: number;
  accepted: number;
}

export interface TaskOverview {
  tasks: TaskSummary[];
  page: number;
  pages: number;
  /** the oldest reports first, up to REVIEW_LIMIT */
  toReview: AssignmentView[];
  toReviewTotal: number;
  timeZone: string;
}

export async function listTasks(deps: DomainDeps, actor: Actor, input: { page?: number } = {}): Promise<TaskOverview> {
  requireRole(actor, ...STAFF_ROLES);
  const municipalityId = actor.municipalityId;
  const now = deps.now();
  const total = await deps.db.task.count({ where: { municipalityId } });
  const pages = Math.max(1, Math.ceil(total / TASKS_PAGE));
  const page = Math.min(Math.max(0, input.page ?? 0), pages - 1);
  const [tasks, review, toReviewTotal, municipality] = await Promise.all([
    deps.db.task.findMany({
      where: { municipalityId },
      select: { id: true, title: true, dueAt: true, standing: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }], // newest meeting first, its decisions in order
      skip: page * TASKS_PAGE,
      take: TASKS_PAGE,
    }),
    deps.db.taskAssignment.findMany({
      where: { municipalityId, status: "DONE" },
      select: assignmentSelect,
      orderBy: [{ doneAt: "asc" }, { id: "asc" }],
      take: REVIEW_LIMIT,
    }),
    deps.db.taskAssignment.count({ where: { municipalityId, status: "DONE" } }),
    deps.db.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { timeZone: true } }),
  ]);
  const ids = tasks.map((t) => t.id);
  const [byStatus, overdue] = await Promise.all([
    deps.db.taskAssignment.groupBy({ by: ["taskId", "status"], where: { taskId: { in: ids } }, _count: { _all: true } }),
    deps.db.taskAssignment.groupBy({
      by: ["taskId"],
      where: { taskId: { in: ids }, status: "OPEN", dueAt: { lt: now } },
      _count: { _all: true },
    }),
  ]);
  const count = (taskId: number, status: string) => byStatus.find((g) => g.taskId === taskId && g.status === status)?._count._all ?? 0;
  return {
    tasks: tasks.map((t) => {
      const late = overdue.find((g) => g.taskId === t.id)?._count._all ?? 0;
      return {
        id: t.id,
        title: t.title,
        dueAt: t.dueAt?.toISOString() ?? null,
        standing: t.standing,
        open: count(t.id, "OPEN") - late,
        overdue: late,
        done: count(t.id, "DONE"),
        accepted: count(t.id, "ACCEPTED"),
      };
    }),
    page,
    pages,
    toReview: review.map((r) => toAssignmentView(r, actor, now)),
    toReviewTotal,
    timeZone: municipality.timeZone,
  };
}
