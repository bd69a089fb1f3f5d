// A course enters the catalogue: methodologists and admins (bot and CLI) add it for their municipality; a head
// who cannot find a course adds it too, marked as added by the school so a methodologist checks it later.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { auditActorId, isSystemActor, type Caller } from "../people/system-actor.js";
import { CATALOGUE_EDITORS, loadSchoolFor, requireCatalogueEditor } from "./course-access.js";
import { courseSelect, MAX_COURSE_TITLE, MAX_HOURS, toCourseView, visibleCourses, type CourseView } from "./course-view.js";
import { FORMATS, PROVIDERS } from "./providers.js";
import { textKey, tidy } from "./text-key.js";

export const courseFields = z.object({
  title: z.string().transform(tidy).pipe(z.string().min(3).max(MAX_COURSE_TITLE)),
  provider: z.enum(PROVIDERS as [string, ...string[]]).transform((p) => p as (typeof PROVIDERS)[number]),
  providerName: z.string().transform(tidy).pipe(z.string().max(200)).nullish(),
  hours: z.number().int().min(1).max(MAX_HOURS),
  format: z.enum(FORMATS as [string, ...string[]]).transform((f) => f as (typeof FORMATS)[number]),
  tags: z.array(z.string().transform(tidy).pipe(z.string().min(1).max(100))).max(10).default([]),
});

const inputSchema = courseFields.extend({
  municipalityId: z.number().int().positive(),
  /** set when a head adds it while reporting */
  schoolId: z.number().int().positive().optional(),
});

export async function createCourse(deps: DomainDeps, caller: Caller, input: z.input<typeof inputSchema>): Promise<CourseView> {
  const data = parseInput(inputSchema, input);
  const bySchool = !isSystemActor(caller) && !CATALOGUE_EDITORS.includes(caller.role);
  if (bySchool) {
    if (data.schoolId === undefined) throw new DomainError("forbidden");
    const school = await loadSchoolFor(deps, caller, data.schoolId, "write");
    if (school.municipalityId !== data.municipalityId) throw new DomainError("forbidden");
  } else requireCatalogueEditor(caller, data.municipalityId);

  const titleKey = textKey(data.title);
  const same = await deps.db.course.findFirst({
    where: { ...visibleCourses(data.municipalityId), titleKey, provider: data.provider },
    select: courseSelect,
  });
  // The same title from the same provider is the same programme: hand it back rather than doubling it.
  if (same) return toCourseView(same);
  return deps.db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        municipalityId: data.municipalityId,
        title: data.title,
        titleKey,
        provider: data.provider,
        providerName: data.provider === "OTHER" ? (data.providerName ?? null) : null,
        hours: data.hours,
        format: data.format,
        tags: [...new Set(data.tags)],
        addedBySchoolId: bySchool ? data.schoolId! : null,
      },
      select: courseSelect,
    });
    await recordAudit(tx, { at: deps.now(), actorId: auditActorId(caller), action: "course.add", entity: "Course", entityId: course.id, data: { bySchool } });
    return toCourseView(course);
  });
}
