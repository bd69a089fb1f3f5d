// A methodologist merges a course a school added into the catalogue's own: its completions move over (a
// teacher who has both on the same date keeps one), the added course is archived and points at the target.
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { auditActorId, type Caller } from "../people/system-actor.js";
import { requireCatalogueEditor } from "./course-access.js";

export async function mergeCourse(deps: DomainDeps, caller: Caller, input: { courseId: number; intoId: number }): Promise<{ moved: number; dropped: number }> {
  if (input.courseId === input.intoId) throw new DomainError("invalid-input", { field: "intoId", reason: "invalid" });
  const [from, into] = await Promise.all([
    deps.db.course.findUnique({ where: { id: input.courseId } }),
    deps.db.course.findUnique({ where: { id: input.intoId } }),
  ]);
  if (!from || !into || from.archivedAt || into.archivedAt) throw new DomainError("not-found", { entity: "course" });
  // Only a municipality's own course can be merged away; a shared (regional) one belongs to everyone.
  if (from.municipalityId === null) throw new DomainError("forbidden");
  requireCatalogueEditor(caller, from.municipalityId);
  if (into.municipalityId !== null && into.municipalityId !== from.municipalityId) throw new DomainError("forbidden");

  return deps.db.$transaction(async (tx) => {
    // Completions that would collide with one already on the target (same teacher and date) are the same fact.
    const dropped = await tx.$executeRaw`
      DELETE FROM "CourseCompletion" c USING "CourseCompletion" t
      WHERE c."courseId" = ${from.id} AND t."courseId" = ${into.id}
        AND t."teacherId" = c."teacherId" AND t."completedOn" = c."completedOn"`;
    const moved = await tx.courseCompletion.updateMany({ where: { courseId: from.id }, data: { courseId: into.id } });
    await tx.course.update({ where: { id: from.id }, data: { archivedAt: deps.now(), mergedIntoId: into.id } });
    await recordAudit(tx, {
      at: deps.now(),
      actorId: auditActorId(caller),
      action: "course.merge",
      entity: "Course",
      entityId: from.id,
      data: { into: into.id, moved: moved.count, dropped },
    });
    return { moved: moved.count, dropped };
  });
}
