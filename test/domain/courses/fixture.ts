// A municipality with two schools, a head of each, a methodologist, an official, and a small catalogue.
import type { Actor } from "../../../src/domain/actor.js";
import { createCourse } from "../../../src/domain/courses/create-course.js";
import type { CourseView } from "../../../src/domain/courses/course-view.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { addTeacher } from "../../../src/domain/teachers/add-teacher.js";
import type { TeacherView } from "../../../src/domain/teachers/teacher-view.js";
import { createAccessFixture, type AccessFixture } from "../access/fixture.js";

export interface CoursesFixture extends AccessFixture {
  headA: Actor;
  headB: Actor;
  methodologist: Actor;
  official: Actor;
  digital: CourseView;
  mentoring: CourseView;
  remoteIro: CourseView;
  teachersA: TeacherView[];
  teachersB: TeacherView[];
}

export async function createCoursesFixture(): Promise<CoursesFixture> {
  const f = await createAccessFixture();
  const headA = await f.register({ role: "HEAD", schoolId: f.schoolA.id });
  const headB = await f.register({ role: "HEAD", schoolId: f.schoolB.id });
  const methodologist = await f.register({ role: "METHODOLOGIST" });
  const official = await f.register({ role: "OFFICIAL" });
  const course = (title: string, provider: "TOIUU" | "IRO" | "ACADEMY", format: "IN_PERSON" | "REMOTE" | "BLENDED", tags: string[] = []) =>
    createCourse(f.deps, systemActor, { municipalityId: f.municipalityId, title, provider, hours: 36, format, tags });
  const digital = await course("Цифровая грамотность педагога: инструменты цифровой образовательной среды", "TOIUU", "IN_PERSON", ["federal-priority"]);
  const mentoring = await course("Наставничество в образовательной организации", "ACADEMY", "REMOTE", ["personalised", "federal-priority"]);
  const remoteIro = await course("Функциональная грамотность школьников", "IRO", "REMOTE");
  const teacher = (schoolId: number, fullName: string) => addTeacher(f.deps, systemActor, { schoolId, fullName, position: "учитель" });
  const teachersA = [
    await teacher(f.schoolA.id, "Иванова Мария Петровна"),
    await teacher(f.schoolA.id, "Петров Сергей Иванович"),
    await teacher(f.schoolA.id, "Смирнова Ольга Николаевна"),
  ];
  const teachersB = [await teacher(f.schoolB.id, "Кузнецова Анна Сергеевна")];
  return { ...f, headA, headB, methodologist, official, digital, mentoring, remoteIro, teachersA, teachersB };
}
