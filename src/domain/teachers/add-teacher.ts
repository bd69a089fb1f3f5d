// A head adds a teacher to the school's list. The same ФИО twice in one school is refused: a second row would
// split one person's completions in two. An archived namesake comes back instead of being duplicated.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import { loadSchoolFor } from "../courses/course-access.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { auditActorId, type Caller } from "../people/system-actor.js";
import { nameKeyOf, teacherFields } from "./teacher-input.js";
import { teacherSelect, toTeacherView, type TeacherView } from "./teacher-view.js";

const inputSchema = teacherFields.extend({ schoolId: z.number().int().positive() });

export async function addTeacher(deps: DomainDeps, caller: Caller, input: z.input<typeof inputSchema>): Promise<TeacherView> {
  const data = parseInput(inputSchema, input);
  await loadSchoolFor(deps, caller, data.schoolId, "write");
  const nameKey = nameKeyOf(data.fullName);
  return deps.db.$transaction(async (tx) => {
    const same = await tx.teacher.findFirst({ where: { schoolId: data.schoolId, nameKey }, select: teacherSelect });
    if (same && !same.archivedAt) throw new DomainError("conflict", { entity: "teacher", ref: same.fullName });
    const teacher = same
      ? await tx.teacher.update({ where: { id: same.id }, data: { archivedAt: null, position: data.position }, select: teacherSelect })
      : await tx.teacher.create({
          data: { schoolId: data.schoolId, fullName: data.fullName, nameKey, position: data.position, careerStartYear: data.careerStartYear ?? null },
          select: teacherSelect,
        });
    await recordAudit(tx, { at: deps.now(), actorId: auditActorId(caller), action: same ? "teacher.restore" : "teacher.add", entity: "Teacher", entityId: teacher.id });
    return toTeacherView(teacher);
  });
}
