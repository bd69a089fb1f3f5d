import type { CourseFormat, CourseProvider } from "../../generated/prisma/enums.js";
import { PROVIDER_LABEL } from "./providers.js";

export interface CourseView {
  id: number;
  municipalityId: number | null;
  title: string;
  provider: CourseProvider;
  /** the name shown: the known provider's, or the typed name for "other" */
  providerLabel: string;
  hours: number;
  format: CourseFormat;
  tags: string[];
  addedBySchoolId: number | null;
}

export const courseSelect = {
  id: true,
  municipalityId: true,
  title: true,
  provider: true,
  providerName: true,
  hours: true,
  format: true,
  tags: true,
  addedBySchoolId: true,
} as const;

export function toCourseView(c: {
  id: number;
  municipalityId: number | null;
  title: string;
  provider: CourseProvider;
  providerName: string | null;
  hours: number;
  format: CourseFormat;
  tags: string[];
  addedBySchoolId: number | null;
}): CourseView {
  return {
    id: c.id,
    municipalityId: c.municipalityId,
    title: c.title,
    provider: c.provider,
    providerLabel: c.provider === "OTHER" && c.providerName ? c.providerName : PROVIDER_LABEL[c.provider],
    hours: c.hours,
    format: c.format,
    tags: c.tags,
    addedBySchoolId: c.addedBySchoolId,
  };
}

/** Courses a municipality sees: the shared ones and its own, not archived (merged ones are archived). */
export const visibleCourses = (municipalityId: number) => ({
  archivedAt: null,
  OR: [{ municipalityId: null }, { municipalityId }],
});

export const MAX_COURSE_TITLE = 300;
export const MAX_HOURS = 2000;
