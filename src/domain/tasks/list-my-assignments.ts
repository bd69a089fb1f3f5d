// «Мои поручения»: a head's school's assignments (or a staff member's own), returned ones first, then overdue,
// then open by deadline (standing last), then those waiting for review. Accepted ones are only counted.
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { assignmentSelect, toAssignmentView, type AssignmentState, type AssignmentView } from "./assignment-view.js";

export interface MyAssignments {
  items: AssignmentView[];
  accepted: number;
}

const ORDER: Record<AssignmentState, number> = { returned: 0, overdue: 1, open: 2, done: 3, accepted: 4 };
const LIMIT = 50;

export async function listMyAssignments(deps: DomainDeps, actor: Actor): Promise<MyAssignments> {
  const mine = actor.role === "HEAD" ? { schoolId: actor.schoolId ?? -1 } : { personId: actor.personId };
  const where = { municipalityId: actor.municipalityId, ...mine };
  const [rows, accepted] = await Promise.all([
    deps.db.taskAssignment.findMany({
      where: { ...where, status: { in: ["OPEN", "DONE"] } },
      select: assignmentSelect,
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: 500,
    }),
    deps.db.taskAssignment.count({ where: { ...where, status: "ACCEPTED" } }),
  ]);
  const now = deps.now();
  const items = rows
    .map((r) => toAssignmentView(r, actor, now))
    .sort((a, b) => ORDER[a.state] - ORDER[b.state] || byReturn(a, b))
    .slice(0, LIMIT);
  return { items, accepted };
}

/** Among returned ones, the latest return first; otherwise the deadline order from the query holds. */
function byReturn(a: AssignmentView, b: AssignmentView): number {
  if (a.state !== "returned") return 0;
  return (b.returnedAt ?? "").localeCompare(a.returnedAt ?? "");
}
