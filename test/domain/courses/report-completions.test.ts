import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../../src/domain/courses/create-course.js";
import { findCourses } from "../../../src/domain/courses/list-courses.js";
import { mergeCourse } from "../../../src/domain/courses/merge-course.js";
import { reportCompletions } from "../../../src/domain/courses/report-completions.js";
import { DomainError } from "../../../src/domain/errors.js";
import { addTeacher } from "../../../src/domain/teachers/add-teacher.js";
import { archiveTeacher } from "../../../src/domain/teachers/archive-teacher.js";
import { listTeachers } from "../../../src/domain/teachers/list-teachers.js";
import { createCoursesFixture, type CoursesFixture } from "./fixture.js";

describe("teachers and completions of a school", () => {
  let f: CoursesFixture;
  beforeAll(async () => {
    f = await createCoursesFixture();
  });
  afterAll(async () => {
    await f.db.close();
  });

  it("a head adds a teacher; the same name typed differently is refused", async () => {
    const added = await addTeacher(f.deps, f.headA, { schoolId: f.schoolA.id, fullName: "  Соколов   Пётр Алексеевич ", position: "учитель физики" });
    expect(added).toMatchObject({ fullName: "Соколов Пётр Алексеевич", archived: false });
    await expect(addTeacher(f.deps, f.headA, { schoolId: f.schoolA.id, fullName: "соколов петр алексеевич" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("an archived teacher stays with their history and leaves the list", async () => {
    const t = await addTeacher(f.deps, f.headA, { schoolId: f.schoolA.id, fullName: "Уходящая Вера Павловна" });
    await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [t.id], courseId: f.digital.id, completedOn: "2023-03-01" });
    await archiveTeacher(f.deps, f.headA, { teacherId: t.id });
    expect((await listTeachers(f.deps, f.headA, { schoolId: f.schoolA.id })).map((x) => x.id)).not.toContain(t.id);
    expect((await listTeachers(f.deps, f.headA, { schoolId: f.schoolA.id, includeArchived: true })).find((x) => x.id === t.id)?.archived).toBe(true);
    expect(await f.deps.db.courseCompletion.count({ where: { teacherId: t.id } })).toBe(1);
  });

  it("several teachers on one course at once; the same teacher, course and date again is not stored twice", async () => {
    const [a, b, c] = f.teachersA;
    const first = await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [a!.id, b!.id], courseId: f.mentoring.id, completedOn: "2023-06-30", certificateNo: "ПК-123" });
    expect(first.created.map((t) => t.teacherId).sort()).toEqual([a!.id, b!.id].sort());
    const again = await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [b!.id, c!.id], courseId: f.mentoring.id, completedOn: "2023-06-30" });
    expect(again.duplicates.map((t) => t.teacherId)).toEqual([b!.id]);
    expect(again.created.map((t) => t.teacherId)).toEqual([c!.id]);
    expect(await f.deps.db.courseCompletion.count({ where: { courseId: f.mentoring.id } })).toBe(3);
  });

  it("two identical reports at the same moment store one row", async () => {
    const [a] = f.teachersA;
    const input = { schoolId: f.schoolA.id, teacherIds: [a!.id], courseId: f.remoteIro.id, completedOn: "2023-05-05" };
    await Promise.allSettled([reportCompletions(f.deps, f.headA, input), reportCompletions(f.deps, f.headA, input)]);
    expect(await f.deps.db.courseCompletion.count({ where: { teacherId: a!.id, courseId: f.remoteIro.id } })).toBe(1);
  });

  it("a head reports only for their own school: another school's teacher, even in a mixed list, is refused", async () => {
    const input = { schoolId: f.schoolA.id, teacherIds: [f.teachersA[0]!.id, f.teachersB[0]!.id], courseId: f.digital.id, completedOn: "2023-01-10" };
    await expect(reportCompletions(f.deps, f.headA, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      reportCompletions(f.deps, f.headA, { ...input, schoolId: f.schoolB.id, teacherIds: [f.teachersB[0]!.id] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(addTeacher(f.deps, f.headA, { schoolId: f.schoolB.id, fullName: "Чужой Педагог" })).rejects.toBeInstanceOf(DomainError);
    await expect(archiveTeacher(f.deps, f.headA, { teacherId: f.teachersB[0]!.id })).rejects.toMatchObject({ code: "forbidden" });
    // The official reads but does not report.
    await expect(reportCompletions(f.deps, f.official, input)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a date in the future is refused", async () => {
    await expect(
      reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [f.teachersA[0]!.id], courseId: f.digital.id, completedOn: "2030-01-01" }),
    ).rejects.toMatchObject({ code: "invalid-input" });
  });

  it("a head adds a missing course, marked as added by the school; a methodologist merges it into the catalogue's", async () => {
    const added = await createCourse(f.deps, f.headA, {
      municipalityId: f.municipalityId,
      schoolId: f.schoolA.id,
      title: "Цифровая грамотность педагогов (ТОИУУ)",
      provider: "TOIUU",
      hours: 36,
      format: "IN_PERSON",
    });
    expect(added.addedBySchoolId).toBe(f.schoolA.id);
    const [, , c] = f.teachersA;
    await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [c!.id], courseId: added.id, completedOn: "2023-04-04" });
    await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [c!.id], courseId: f.digital.id, completedOn: "2023-04-04" });
    await expect(mergeCourse(f.deps, f.headA, { courseId: added.id, intoId: f.digital.id })).rejects.toMatchObject({ code: "forbidden" });
    expect(await mergeCourse(f.deps, f.methodologist, { courseId: added.id, intoId: f.digital.id })).toEqual({ moved: 0, dropped: 1 });
    const { found } = await findCourses(f.deps, f.headA, { municipalityId: f.municipalityId, query: "цифровая грамотность педагога" });
    expect(found.map((x) => x.id)).toEqual([f.digital.id]);
  });

  it("a head may not add a course to the catalogue without a school, nor for another school", async () => {
    const course = { municipalityId: f.municipalityId, title: "Курс", provider: "IRO", hours: 16, format: "REMOTE" } as const;
    await expect(createCourse(f.deps, f.headA, course)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createCourse(f.deps, f.headA, { ...course, schoolId: f.schoolB.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("a school's list of teachers from a file", () => {
  let f: CoursesFixture;
  beforeAll(async () => {
    f = await createCoursesFixture();
  });
  afterAll(async () => {
    await f.db.close();
  });

  it("imports new names, leaves known ones, and imports nothing when a line is bad", async () => {
    const { importTeachers } = await import("../../../src/domain/teachers/import-teachers.js");
    const file = (text: string) => new TextEncoder().encode(text);
    const bad = await importTeachers(f.deps, f.headA, { schoolId: f.schoolA.id, fileName: "t.csv", bytes: file("ФИО;Должность;Год начала стажа\nНовая Анна;учитель;2020\n;учитель;\nСтарый Иван;учитель;двадцать\n") });
    expect(bad.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(bad.created).toBe(0);
    const good = await importTeachers(f.deps, f.headA, { schoolId: f.schoolA.id, fileName: "t.csv", bytes: file(`ФИО;Должность\nНовая Анна;учитель\n${f.teachersA[0]!.fullName};учитель\n`) });
    expect(good).toEqual({ fileProblem: null, created: 1, unchanged: 1, errors: [] });
    expect((await importTeachers(f.deps, f.headA, { schoolId: f.schoolA.id, fileName: "p.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) })).fileProblem).toBe("wrong-type");
    await expect(importTeachers(f.deps, f.headB, { schoolId: f.schoolA.id, fileName: "t.csv", bytes: file("ФИО\nX Y\n") })).rejects.toMatchObject({ code: "forbidden" });
  });
});
