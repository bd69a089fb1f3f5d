import { loadSchoolFor } from "../courses/course-access.js";
import type { DomainDeps } from "../deps.js";
import type { Caller } from "../people/system-actor.js";
import { teacherSelect, toTeacherView, type TeacherView } from "./teacher-view.js";

/** The school's teachers by name; archived ones only when asked (history views). */
export async function listTeachers(
  deps: DomainDeps,
  caller: Caller,
  input: { schoolId: number; includeArchived?: boolean },
): Promise<TeacherView[]> {
  await loadSchoolFor(deps, caller, input.schoolId, "read");
  const rows = await deps.db.teacher.findMany({
    where: { schoolId: input.schoolId, ...(input.includeArchived ? {} : { archivedAt: null }) },
    select: teacherSelect,
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
  });
  return rows.map(toTeacherView);
}
