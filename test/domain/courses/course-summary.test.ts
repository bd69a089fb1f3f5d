import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarySentence } from "../../../src/bot/features/courses/render-summary.js";
import { createI18n, translator } from "../../../src/bot/i18n.js";
import { createCourse } from "../../../src/domain/courses/create-course.js";
import { getCourseSummary } from "../../../src/domain/courses/get-course-summary.js";
import { reportCompletions } from "../../../src/domain/courses/report-completions.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { importSchools } from "../../../src/domain/schools/import-schools.js";
import { listSchools } from "../../../src/domain/schools/list-schools.js";
import { addTeacher } from "../../../src/domain/teachers/add-teacher.js";
import { seedProtocolRecords } from "../../../src/demo/seed-course-records.js";
import { createAccessFixture, type AccessFixture } from "../access/fixture.js";

const i18n = createI18n(() => "ru");
const ru = translator(i18n, "ru");
const YEAR = { from: "2022-09-01", to: "2023-08-31" };

describe("the protocol-style summary", () => {
  let f: AccessFixture;
  beforeAll(async () => {
    f = await createAccessFixture();
    f.clock.now = new Date("2023-10-01T09:00:00Z");
  });
  afterAll(async () => {
    await f.db.close();
  });

  it("a fixture with known figures: people and programmes in two groups count once in each and once in all", async () => {
    const m = f.municipalityId;
    const course = (title: string, provider: "TOIUU" | "IRO" | "OTHER", format: "IN_PERSON" | "REMOTE" | "BLENDED", tags: string[] = []) =>
      createCourse(f.deps, systemActor, { municipalityId: m, title, provider, hours: 36, format, tags, providerName: provider === "OTHER" ? "Фонд" : null });
    const t1 = await course("Т1 очно", "TOIUU", "IN_PERSON", ["federal-priority"]);
    const t2 = await course("Т2 дистанционно", "TOIUU", "REMOTE", ["personalised", "federal-priority"]);
    const i1 = await course("И1 дистанционно", "IRO", "REMOTE");
    const x = await course("Х очно-заочно", "OTHER", "BLENDED");
    const teacher = (schoolId: number, fullName: string) => addTeacher(f.deps, systemActor, { schoolId, fullName });
    const [a1, a2, a3] = [await teacher(f.schoolA.id, "А1 Педагог"), await teacher(f.schoolA.id, "А2 Педагог"), await teacher(f.schoolA.id, "А3 Педагог")];
    const [b1, b2] = [await teacher(f.schoolB.id, "Б1 Педагог"), await teacher(f.schoolB.id, "Б2 Педагог")];
    const done = (schoolId: number, teacherId: number, courseId: number, completedOn: string) =>
      reportCompletions(f.deps, systemActor, { schoolId, teacherIds: [teacherId], courseId, completedOn });
    await done(f.schoolA.id, a1.id, t1.id, "2022-10-10");
    await done(f.schoolA.id, a1.id, t2.id, "2023-02-02");
    await done(f.schoolA.id, a2.id, t2.id, "2023-03-03");
    await done(f.schoolA.id, a2.id, i1.id, "2023-04-04");
    await done(f.schoolB.id, b1.id, i1.id, "2022-09-01");
    await done(f.schoolB.id, b1.id, i1.id, "2023-08-31");
    await done(f.schoolB.id, b2.id, x.id, "2023-05-05");
    await done(f.schoolA.id, a3.id, t1.id, "2023-09-01"); // next school year
    await done(f.schoolA.id, a3.id, t1.id, "2022-08-31"); // previous school year

    const summary = await getCourseSummary(f.deps, systemActor, { municipalityId: m, period: YEAR });
    expect(summary.municipality).toEqual({
      total: { teachers: 4, programmes: 4 },
      byProvider: [
        { provider: "TOIUU", teachers: 2, programmes: 2 },
        { provider: "IRO", teachers: 2, programmes: 1 },
        { provider: "OTHER", teachers: 1, programmes: 1 },
      ],
      byFormat: [
        { format: "IN_PERSON", teachers: 1, programmes: 1 },
        { format: "REMOTE", teachers: 3, programmes: 2 },
        { format: "BLENDED", teachers: 1, programmes: 1 },
      ],
      byTag: [
        { tag: "federal-priority", teachers: 2, programmes: 2 },
        { tag: "personalised", teachers: 2, programmes: 1 },
      ],
    });
    const bySchool = Object.fromEntries(summary.schools.map((s) => [s.shortName, s.total]));
    expect(bySchool).toEqual({ "СОШ №1": { teachers: 2, programmes: 3 }, "СОШ №2": { teachers: 2, programmes: 2 } });
    expect(summarySentence(summary.municipality, summary.period, ru)).toBe(
      "За 2022-2023 учебный год курсы повышения квалификации прошли 4 педагогических работника по 4 образовательным программам. " +
        "Из них 2 педагога по 2 программам обучились на базе ТОИУУ и 3 педагога по 2 программам обучились дистанционно.",
    );
    // The school year is the default period; another period is any pair of dates.
    expect((await getCourseSummary(f.deps, systemActor, { municipalityId: m })).period).toEqual({ from: "2023-09-01", to: "2024-08-31" });
    const autumn = await getCourseSummary(f.deps, systemActor, { municipalityId: m, period: { from: "2022-09-01", to: "2022-12-31" } });
    expect(autumn.municipality.total).toEqual({ teachers: 2, programmes: 2 });
    expect(summarySentence(autumn.municipality, autumn.period, ru)).toMatch(/^С 01\.09\.2022 по 31\.12\.2022 курсы повышения квалификации прошли 2 педагогических работника/);
  });

  it("a head sees their own school's figures only; an official the municipality's", async () => {
    const head = await f.register({ role: "HEAD", schoolId: f.schoolA.id });
    const own = await getCourseSummary(f.deps, head, { municipalityId: f.municipalityId, schoolId: f.schoolA.id, period: YEAR });
    expect(own.schools.map((s) => s.shortName)).toEqual(["СОШ №1"]);
    expect(own.municipality.total).toEqual({ teachers: 2, programmes: 3 });
    await expect(getCourseSummary(f.deps, head, { municipalityId: f.municipalityId, schoolId: f.schoolB.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getCourseSummary(f.deps, head, { municipalityId: f.municipalityId })).rejects.toMatchObject({ code: "forbidden" });
    const official = await f.register({ role: "OFFICIAL" });
    expect((await getCourseSummary(f.deps, official, { municipalityId: f.municipalityId, period: YEAR })).municipality.total.teachers).toBe(4);
  });

  it("the protocol's own figures come out of records made to match them: 100 / 136 / 37 / 32 / 81 / 104", async () => {
    const other = await createMunicipality(f.deps, systemActor, { name: "Лихославльский муниципальный округ", timeZone: "Europe/Moscow" });
    await importSchools(f.deps, systemActor, { municipalityId: other.id, csv: "name,short_name\nШкола 1,Ш1\nШкола 2,Ш2\nШкола 3,Ш3\n" });
    const schools = await listSchools(f.deps, systemActor, { municipalityId: other.id });
    await seedProtocolRecords(f.deps.db, { municipalityId: other.id, schoolIds: schools.map((s) => s.id) });
    const summary = await getCourseSummary(f.deps, systemActor, { municipalityId: other.id, period: YEAR });
    expect(summary.municipality.total).toEqual({ teachers: 100, programmes: 136 });
    expect(summary.municipality.byProvider.find((p) => p.provider === "TOIUU")).toMatchObject({ teachers: 37, programmes: 32 });
    expect(summary.municipality.byFormat.find((p) => p.format === "REMOTE")).toMatchObject({ teachers: 81, programmes: 104 });
    expect(summarySentence(summary.municipality, summary.period, ru)).toBe(
      "За 2022-2023 учебный год курсы повышения квалификации прошли 100 педагогических работников по 136 образовательным программам. " +
        "Из них 37 педагогов по 32 программам обучились на базе ТОИУУ и 81 педагог по 104 программам обучился дистанционно.",
    );
    // The per-school totals add up to the municipality's only where nobody is shared: each teacher has one school.
    expect(summary.schools.reduce((sum, s) => sum + s.total.teachers, 0)).toBe(100);
    // The first municipality's records are not mixed in, nor are theirs in it.
    expect((await getCourseSummary(f.deps, systemActor, { municipalityId: f.municipalityId, period: YEAR })).municipality.total.teachers).toBe(4);
  });
});
