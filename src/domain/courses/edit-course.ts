// A methodologist corrects a catalogue course (title, provider, hours, format, tags). The completions stay on
// it, so the summaries follow the correction; the audit keeps what each changed field was and became.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { auditActorId, isSystemActor, type Caller } from "../people/system-actor.js";
import { requireCatalogueEditor } from "./course-access.js";
import { courseSelect, toCourseView, visibleCourses, type CourseView } from "./course-view.js";
import { courseFields } from "./create-course.js";
import { textKey } from "./text-key.js";

// Only what is given changes: the tags' default ([] for a new course) must not apply here.
const inputSchema = courseFields
  .omit({ tags: true })
  .partial()
  .extend({ courseId: z.number().int().positive(), tags: courseFields.shape.tags.removeDefault().optional() });

export async function editCourse(deps: DomainDeps, caller: Caller, input: z.input<typeof inputSchema>): Promise<CourseView> {
  const { courseId, ...changes } = parseInput(inputSchema, input);
  const course = await deps.db.course.findUnique({ where: { id: courseId }, select: { ...courseSelect, archivedAt: true } });
  if (!course || course.archivedAt) throw new DomainError("not-found", { entity: "course" });
  // A shared (regional) course belongs to every municipality: only the admin CLI corrects it.
  if (course.municipalityId === null) {
    if (!isSystemActor(caller)) throw new DomainError("forbidden");
  } else requireCatalogueEditor(caller, course.municipalityId);

  const provider = changes.provider ?? course.provider;
  const next = {
    title: changes.title ?? course.title,
    provider,
    providerName: provider === "OTHER" ? (changes.providerName !== undefined ? changes.providerName : course.providerName) : null,
    hours: changes.hours ?? course.hours,
    format: changes.format ?? course.format,
    tags: changes.tags ? [...new Set(changes.tags)] : course.tags,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(course[k]));
  if (changed.length === 0) return toCourseView(course);

  const titleKey = textKey(next.title);
  // The same title from the same provider is one programme: a correction must not make a second one.
  const clash = await deps.db.course.findFirst({
    where: { ...visibleCourses(course.municipalityId ?? 0), titleKey, provider: next.provider, id: { not: course.id } },
    select: { id: true },
  });
  if (clash) throw new DomainError("conflict");

  return deps.db.$transaction(async (tx) => {
    const updated = await tx.course.update({ where: { id: course.id }, data: { ...next, titleKey }, select: courseSelect });
    await recordAudit(tx, {
      at: deps.now(),
      actorId: auditActorId(caller),
      action: "course.edit",
      entity: "Course",
      entityId: course.id,
      data: Object.fromEntries(changed.map((k) => [k, { from: course[k], to: next[k] }])),
    });
    return toCourseView(updated);
  });
}
