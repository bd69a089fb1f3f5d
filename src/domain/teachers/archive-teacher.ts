// A teacher who left is archived, never deleted: their completions stay in past summaries.
import { recordAudit } from "../audit/record-audit.js";
import { loadSchoolFor } from "../courses/course-access.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { auditActorId, type Caller } from "../people/system-actor.js";
import { teacherSelect, toTeacherView, type TeacherView } from "./teacher-view.js";

export async function archiveTeacher(deps: DomainDeps, caller: Caller, input: { teacherId: number }): Promise<TeacherView> {
  const teacher = await loadTeacherFor(deps, caller, input.teacherId, "write");
  return deps.db.$transaction(async (tx) => {
    const updated = await tx.teacher.update({ where: { id: teacher.id }, data: { archivedAt: teacher.archivedAt ?? deps.now() }, select: teacherSelect });
    await recordAudit(tx, { at: deps.now(), actorId: auditActorId(caller), action: "teacher.archive", entity: "Teacher", entityId: teacher.id });
    return toTeacherView(updated);
  });
}

/** A teacher the caller may see: a forged id of another school's teacher is "forbidden", an unknown one "not-found". */
export async function loadTeacherFor(deps: Pick<DomainDeps, "db">, caller: Caller, teacherId: number, mode: "read" | "write") {
  const teacher = await deps.db.teacher.findUnique({ where: { id: teacherId }, select: teacherSelect });
  if (!teacher) throw new DomainError("not-found", { entity: "teacher", ref: String(teacherId) });
  await loadSchoolFor(deps, caller, teacher.schoolId, mode);
  return teacher;
}
