// One task for staff: what it says, where it came from, and every assignee's state — reports to review
// first, then returned and overdue, then open, accepted last; a page at a time.
import type { Actor } from "../actor.js";
import { requireMunicipality, requireRole } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { assignmentSelect, toAssignmentView, type AssignmentState, type AssignmentView } from "./assignment-view.js";
import { STAFF_ROLES } from "./task-access.js";

export const ASSIGNEES_PAGE = 20;
const ORDER: Record<AssignmentState, number> = { done: 0, returned: 1, overdue: 2, open: 3, accepted: 4 };

export interface TaskCard {
  id: number;
  title: string;
  dueAt: string | null;
  standing: boolean;
  timeZone: string;
  source: AssignmentView["source"];
  assignees: AssignmentView[];
  total: number;
  page: number;
  pages: number;
}

export async function getTask(deps: DomainDeps, actor: Actor, input: { taskId: number; page?: number }): Promise<TaskCard> {
  requireRole(actor, ...STAFF_ROLES);
  const task = await deps.db.task.findUnique({
    where: { id: input.taskId },
    select: { id: true, municipalityId: true, title: true, dueAt: true, standing: true, municipality: { select: { timeZone: true } } },
  });
  if (!task) throw new DomainError("not-found");
  requireMunicipality(actor, task.municipalityId);
  const now = deps.now();
  // A task has at most one assignment per school or person: sorting a few hundred rows here is cheap.
  const rows = await deps.db.taskAssignment.findMany({ where: { taskId: task.id }, select: assignmentSelect, orderBy: { id: "asc" } });
  const all = rows.map((r) => toAssignmentView(r, actor, now)).sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  const pages = Math.max(1, Math.ceil(all.length / ASSIGNEES_PAGE));
  const page = Math.min(Math.max(0, input.page ?? 0), pages - 1);
  return {
    id: task.id,
    title: task.title,
    dueAt: task.dueAt?.toISOString() ?? null,
    standing: task.standing,
    timeZone: task.municipality.timeZone,
    source: all[0]?.source ?? null,
    assignees: all.slice(page * ASSIGNEES_PAGE, (page + 1) * ASSIGNEES_PAGE),
    total: all.length,
    page,
    pages,
  };
}
