export interface TeacherView {
  id: number;
  schoolId: number;
  fullName: string;
  position: string;
  careerStartYear: number | null;
  archived: boolean;
}

export const teacherSelect = { id: true, schoolId: true, fullName: true, position: true, careerStartYear: true, archivedAt: true } as const;

export function toTeacherView(t: { id: number; schoolId: number; fullName: string; position: string; careerStartYear: number | null; archivedAt: Date | null }): TeacherView {
  return { id: t.id, schoolId: t.schoolId, fullName: t.fullName, position: t.position, careerStartYear: t.careerStartYear, archived: t.archivedAt !== null };
}

export const MAX_TEACHER_NAME = 150;
export const MAX_POSITION = 100;
