// Course records shaped like the seeds' protocol (2022–2023 school year, Likhoslavl): 100 teachers on 136
// programmes; 37 teachers on 32 programmes at ТОИУУ (all in person) and 81 teachers on 104 programmes remotely
// (from the other providers). 18 teachers studied both ways, so 37 + 81 > 100, as in the protocol. Used by the
// demo, the summary tests and the benchmark (which repeats it at scale).
import type { CourseFormat, CourseProvider } from "../generated/prisma/enums.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { textKey } from "../domain/courses/text-key.js";

const TOPICS = [
  "Цифровая грамотность педагога",
  "Функциональная грамотность школьников",
  "Обновлённые ФГОС: требования и практика",
  "Наставничество в образовательной организации",
  "Школа Минпросвещения России: новые возможности",
  "Формирование естественнонаучной грамотности",
  "Работа с детьми с ОВЗ в условиях инклюзии",
  "Профилактика деструктивного поведения подростков",
] as const;

const REMOTE_PROVIDERS: CourseProvider[] = ["IRO", "ACADEMY", "CNPPMPR", "RIPK", "OTHER"];

export interface SeededRecords {
  teacherIds: number[];
  courseIds: number[];
}

/** Seeds `scale` copies of the protocol's year (1 = the protocol itself), teachers spread over the schools. */
export async function seedProtocolRecords(
  db: PrismaClient,
  input: { municipalityId: number; schoolIds: number[]; startYear?: number; scale?: number },
): Promise<SeededRecords> {
  const startYear = input.startYear ?? 2022;
  const scale = input.scale ?? 1;
  const courses: { title: string; provider: CourseProvider; format: CourseFormat; tags: string[] }[] = [];
  for (let copy = 0; copy < scale; copy++) {
    const suffix = scale > 1 ? `, поток ${copy + 1}` : "";
    for (let k = 0; k < 32; k++) {
      courses.push({ title: `${TOPICS[k % TOPICS.length]} (ТОИУУ, модуль ${k + 1}${suffix})`, provider: "TOIUU", format: "IN_PERSON", tags: k % 4 === 0 ? ["federal-priority"] : [] });
    }
    for (let r = 0; r < 104; r++) {
      const provider = REMOTE_PROVIDERS[r % REMOTE_PROVIDERS.length]!;
      courses.push({ title: `${TOPICS[r % TOPICS.length]} (дистанционно, модуль ${r + 1}${suffix})`, provider, format: "REMOTE", tags: r % 3 === 0 ? ["personalised"] : [] });
    }
  }
  const createdCourses = await db.course.createManyAndReturn({
    data: courses.map((c) => ({ ...c, municipalityId: input.municipalityId, titleKey: textKey(c.title), hours: 36, providerName: c.provider === "OTHER" ? "АНО ДПО «Педагогический университет»" : null })),
    select: { id: true },
  });
  const teacherCount = 100 * scale;
  const teachers = await db.teacher.createManyAndReturn({
    data: Array.from({ length: teacherCount }, (_, i) => {
      const fullName = `Педагог ${String(i + 1).padStart(3, "0")} Демонстрационный`;
      return { schoolId: input.schoolIds[i % input.schoolIds.length]!, fullName, nameKey: textKey(fullName), position: "учитель" };
    }),
    select: { id: true },
  });
  const completions: { teacherId: number; courseId: number; completedOn: Date }[] = [];
  const day = (n: number) => new Date(Date.UTC(startYear, 8, 1 + (n % 360)));
  for (let copy = 0; copy < scale; copy++) {
    const teacher = (i: number) => teachers[copy * 100 + i]!.id;
    const course = (i: number) => createdCourses[copy * 136 + i]!.id;
    // ТОИУУ: teachers 0–36 (37), each on module i mod 32 — all 32 modules taken.
    for (let i = 0; i < 37; i++) completions.push({ teacherId: teacher(i), courseId: course(i % 32), completedOn: day(i * 7) });
    // Remote: teachers 19–99 (81); the first 23 of them take a second programme, so all 104 are taken.
    for (let j = 0; j < 81; j++) {
      completions.push({ teacherId: teacher(19 + j), courseId: course(32 + j), completedOn: day(j * 3 + 1) });
      if (j < 23) completions.push({ teacherId: teacher(19 + j), courseId: course(32 + 81 + j), completedOn: day(j * 5 + 2) });
    }
  }
  // Outside the year: must not count in its summary.
  completions.push({ teacherId: teachers[0]!.id, courseId: createdCourses[1]!.id, completedOn: new Date(Date.UTC(startYear, 7, 31)) });
  for (let i = 0; i < completions.length; i += 5000) await db.courseCompletion.createMany({ data: completions.slice(i, i + 5000) });
  return { teacherIds: teachers.map((t) => t.id), courseIds: createdCourses.map((c) => c.id) };
}
