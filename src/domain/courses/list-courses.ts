import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { isSystemActor, type Caller } from "../people/system-actor.js";
import { requireMunicipality } from "../actor.js";
import { closestCourse, searchCourses } from "./course-search.js";
import { courseSelect, toCourseView, visibleCourses, type CourseView } from "./course-view.js";

/** The catalogue a municipality sees, by title; `addedBySchools` narrows to courses heads added (to review). */
export async function listCourses(
  deps: Pick<DomainDeps, "db">,
  caller: Caller,
  input: { municipalityId: number; addedBySchools?: boolean },
): Promise<CourseView[]> {
  if (!isSystemActor(caller)) requireMunicipality(caller, input.municipalityId);
  const rows = await deps.db.course.findMany({
    where: { ...visibleCourses(input.municipalityId), ...(input.addedBySchools ? { addedBySchoolId: { not: null } } : {}) },
    select: courseSelect,
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  return rows.map(toCourseView);
}

/** Courses matching typed words (typos and word order forgiven), best first; `closest` when none match fully. */
export async function findCourses(
  deps: Pick<DomainDeps, "db">,
  caller: Caller,
  input: { municipalityId: number; query: string; limit?: number },
): Promise<{ found: CourseView[]; closest: CourseView | null }> {
  if (input.query.trim().length === 0 || input.query.length > 300) throw new DomainError("invalid-input", { field: "query", reason: "invalid" });
  const all = await listCourses(deps, caller, input);
  const found = searchCourses(all, input.query, input.limit ?? 8);
  return { found, closest: found.length > 0 ? null : (closestCourse(all, input.query) ?? null) };
}
