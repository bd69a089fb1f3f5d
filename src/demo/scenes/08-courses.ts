// Scene 6: course completions. Irina records a course her teacher finished, then sends a file from her Excel
// with one bad row: the bot names the row, she fixes the file and sends it again. The official reads the
// protocol's summary for last school year and gets the chart.
import { createCourse } from "../../domain/courses/create-course.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { addTeacher } from "../../domain/teachers/add-teacher.js";
import { seedProtocolRecords } from "../seed-course-records.js";
import { DemoStepError, type DemoContext, type DemoScene } from "./demo-context.js";

const DIGITAL = "Цифровая грамотность педагога: инструменты цифровой образовательной среды";
const MENTORING = "Наставничество в образовательной организации";
const TEACHERS = ["Иванова Мария Петровна", "Петров Сергей Иванович", "Смирнова Ольга Николаевна"];
const HEADER = "ФИО педагога;Курс (программа);Организация;Дата окончания;Номер удостоверения";

export const coursesScene: DemoScene = {
  title: "Сцена 7. Курсы повышения квалификации (course completions)",
  async run(demo) {
    await demo.quietly(() => seedCourses(demo));
    demo.note("В каталоге — курсы ТОИУУ и Академии Минпросвещения; у СОШ №1 — список педагогов; за прошлый учебный год — записи, как в протоколе.");

    demo.at("2026-11-25T10:00:00Z", "Ирина Петрова отмечает курс, который закончила учительница");
    await demo.send("head1", "/courses", "Курсы повышения квалификации");
    await demo.press("head1", "➕ Отметить курс", "Кто прошёл курс?");
    await demo.press("head1", TEACHERS[0]!, "Кто прошёл курс?");
    await demo.press("head1", "Дальше ▶ (1)", "Какой курс?");
    demo.note("Пишет часть названия, как помнит:");
    await demo.send("head1", "цифровая грамотность педагога", "Выберите курс");
    await demo.press("head1", /^Цифровая грамотность педагога/, "Дата окончания");
    await demo.send("head1", "20 ноября 2026", "Номер удостоверения");
    await demo.press("head1", "Пропустить", "Проверьте");
    await demo.press("head1", "✅ Сохранить", "Сохранено записей: 1");
    demo.print();

    demo.at("2026-11-25T10:20:00Z", "остальное у Ирины в таблице Excel — она отправляет файл");
    await demo.send("head1", "/courses", "Курсы повышения квалификации");
    await demo.press("head1", "📥 Загрузить файл", "Пришлите файл");
    const rows = (date: string) => [HEADER, `${TEACHERS[1]};${MENTORING};Академия Минпросвещения;15.10.2026;А-101`, `${TEACHERS[2]};${DIGITAL};ТОИУУ;${date};Т-202`].join("\n");
    await upload(demo, "kursy.csv", rows("31.02.2026"), "строка 3: даты 31.02.2026 не существует");
    demo.note("Ничего не загружено. Ирина исправляет дату в файле и отправляет снова:");
    await upload(demo, "kursy.csv", rows("28.10.2026"), "к загрузке строк — 2");
    await demo.press("head1", "✅ Загрузить 2", "Загружено записей: 2");
    demo.print();

    demo.at("2026-11-26T07:30:00Z", "специалист МОУО готовит справку о повышении квалификации");
    await demo.send("official", "/courses", "За 2026-2027 учебный год курсы повышения квалификации прошли 3 педагогических работника");
    await demo.press("official", "◀ 2025-2026 учебный год", "прошли 100 педагогических работников по 136 образовательным программам");
    await demo.press("official", "📈 График", "Из них 37 педагогов по 32 программам обучились на базе ТОИУУ");
    demo.note("Фраза для протокола, таблица и график — посчитаны ботом по записям школ, без ручного подсчёта.");
  },
};

async function upload(demo: DemoContext, name: string, text: string, expect: string): Promise<void> {
  const user = demo.user("head1");
  const { replies } = await user.upload(name, text);
  if (!replies.some((r) => r.text.includes(expect))) {
    throw new DemoStepError(`${user.name} sent ${name}: expected «${expect}», got ${replies.map((r) => r.text).join(" | ") || "no reply"}`);
  }
}

async function seedCourses(demo: DemoContext): Promise<void> {
  const { domain } = demo.stack;
  const municipalityId = demo.seed.municipality.id;
  await createCourse(domain, systemActor, { municipalityId, title: DIGITAL, provider: "TOIUU", hours: 36, format: "IN_PERSON", tags: ["federal-priority"] });
  await createCourse(domain, systemActor, { municipalityId, title: MENTORING, provider: "ACADEMY", hours: 72, format: "REMOTE", tags: ["personalised"] });
  const school1 = demo.seed.schools.find((s) => s.shortName === "СОШ №1")!;
  for (const fullName of TEACHERS) await addTeacher(domain, systemActor, { schoolId: school1.id, fullName });
  await seedProtocolRecords(domain.db, { municipalityId, schoolIds: demo.seed.schools.map((s) => s.id), startYear: 2025 });
}
