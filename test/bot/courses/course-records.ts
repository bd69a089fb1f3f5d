// What the courses bot tests start from: the demo municipality with a small catalogue and teachers of
// СОШ №1 and СОШ №2, created through the domain (set-up, not the behaviour under test).
import { createCourse } from "../../../src/domain/courses/create-course.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { addTeacher } from "../../../src/domain/teachers/add-teacher.js";
import type { CampaignScenario } from "../../support/campaign-scenario.js";

export const DIGITAL = "Цифровая грамотность педагога: инструменты цифровой образовательной среды";
export const MENTORING = "Наставничество в образовательной организации";
export const TEACHERS_1 = ["Иванова Мария Петровна", "Петров Сергей Иванович", "Смирнова Ольга Николаевна"];

export async function seedCourseRecords(s: CampaignScenario) {
  const municipalityId = s.seed.municipality.id;
  const digital = await createCourse(s.stack.domain, systemActor, { municipalityId, title: DIGITAL, provider: "TOIUU", hours: 36, format: "IN_PERSON", tags: ["federal-priority"] });
  const mentoring = await createCourse(s.stack.domain, systemActor, { municipalityId, title: MENTORING, provider: "ACADEMY", hours: 72, format: "REMOTE", tags: ["personalised"] });
  const teachers1 = [];
  for (const fullName of TEACHERS_1) teachers1.push(await addTeacher(s.stack.domain, systemActor, { schoolId: s.schoolId("СОШ №1"), fullName }));
  const other = await addTeacher(s.stack.domain, systemActor, { schoolId: s.schoolId("СОШ №2"), fullName: "Кузнецова Анна Сергеевна" });
  return { digital, mentoring, teachers1, other };
}
