// A head reports that one or several teachers of the school completed one course on one date. A teacher who
// already has that course on that date is not stored twice: the answer names them instead.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { auditActorId, isSystemActor, type Caller } from "../people/system-actor.js";
import { loadSchoolFor } from "./course-access.js";
import { visibleCourses } from "./course-view.js";
import { isoToDate } from "./school-year.js";

const inputSchema = z.object({
  schoolId: z.number().int().positive(),
  teacherIds: z.array(z.number().int().positive()).min(1).max(200),
  courseId: z.number().int().positive(),
  completedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  certificateNo: z.string().trim().max(100).nullish(),
});

export type ReportCompletionsInput = z.input<typeof inputSchema>;

export interface ReportCompletionsResult {
  created: { teacherId: number; fullName: string }[];
  /** already recorded with this course and date: left as they were */
  duplicates: { teacherId: number; fullName: string }[];
}

export async function reportCompletions(deps: DomainDeps, caller: Caller, input: ReportCompletionsInput): Promise<ReportCompletionsResult> {
  const data = parseInput(inputSchema, input);
  const school = await loadSchoolFor(deps, caller, data.schoolId, "write");
  const completedOn = isoToDate(data.completedOn);
  if (completedOn > deps.now()) throw new DomainError("invalid-input", { field: "completedOn", reason: "invalid" });

  const teacherIds = [...new Set(data.teacherIds)];
  const teachers = await deps.db.teacher.findMany({ where: { id: { in: teacherIds } }, select: { id: true, schoolId: true, fullName: true } });
  // A teacher of another school (a forged button) refuses the whole report.
  if (teachers.length !== teacherIds.length || teachers.some((t) => t.schoolId !== school.id)) throw new DomainError("forbidden");
  const course = await deps.db.course.findFirst({ where: { id: data.courseId, ...visibleCourses(school.municipalityId) }, select: { id: true } });
  if (!course) throw new DomainError("not-found", { entity: "course", ref: String(data.courseId) });

  return deps.db.$transaction(async (tx) => {
    const existing = await tx.courseCompletion.findMany({
      where: { teacherId: { in: teacherIds }, courseId: course.id, completedOn },
      select: { teacherId: true },
    });
    const already = new Set(existing.map((e) => e.teacherId));
    const fresh = teachers.filter((t) => !already.has(t.id));
    // skipDuplicates: a second press racing this one stores nothing twice (the unique key decides).
    await tx.courseCompletion.createMany({
      data: fresh.map((t) => ({
        teacherId: t.id,
        courseId: course.id,
        completedOn,
        certificateNo: data.certificateNo || null,
        reportedById: isSystemActor(caller) ? null : caller.personId,
      })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      at: deps.now(),
      actorId: auditActorId(caller),
      action: "completion.report",
      entity: "School",
      entityId: school.id,
      data: { courseId: course.id, completedOn: data.completedOn, teachers: fresh.map((t) => t.id) },
    });
    const byName = (a: { fullName: string }, b: { fullName: string }) => a.fullName.localeCompare(b.fullName, "ru");
    return {
      created: fresh.map((t) => ({ teacherId: t.id, fullName: t.fullName })).sort(byName),
      duplicates: teachers.filter((t) => already.has(t.id)).map((t) => ({ teacherId: t.id, fullName: t.fullName })).sort(byName),
    };
  });
}
