// Course completions: a 5,000-row file checked and imported (preview + confirm), and the protocol summary over
// 50,000 completions (the protocol's year repeated in a municipality of 60 schools). Prints; asserts nothing.
import { performance } from "node:perf_hooks";
import type { Actor } from "../src/domain/actor.js";
import { createCourse } from "../src/domain/courses/create-course.js";
import { getCourseSummary } from "../src/domain/courses/get-course-summary.js";
import { confirmCompletionImport } from "../src/domain/courses/import/confirm-completion-import.js";
import { previewCompletionImport } from "../src/domain/courses/import/preview-completion-import.js";
import { createInvite } from "../src/domain/invites/create-invite.js";
import { redeemInvite } from "../src/domain/invites/redeem-invite.js";
import { createMunicipality } from "../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../src/domain/people/system-actor.js";
import { importSchools } from "../src/domain/schools/import-schools.js";
import { addTeacher } from "../src/domain/teachers/add-teacher.js";
import { startLocalStack } from "../src/demo/local-stack.js";
import { seedProtocolRecords } from "../src/demo/seed-course-records.js";

const SCHOOLS = 60;
const IMPORT_ROWS = 5000;

export async function run(): Promise<void> {
  const stack = await startLocalStack({ startAt: new Date("2026-11-23T09:00:00Z") });
  try {
    const { domain } = stack;
    const municipality = await createMunicipality(domain, systemActor, { name: "Бенчмарк курсов", timeZone: "Europe/Moscow" });
    const csv = ["name,short_name", ...Array.from({ length: SCHOOLS }, (_, i) => `Школа ${i + 1},Ш${i + 1}`)].join("\n");
    await importSchools(domain, systemActor, { municipalityId: municipality.id, csv });
    const schools = await domain.db.school.findMany({ where: { municipalityId: municipality.id }, orderBy: { id: "asc" } });
    const invite = await createInvite(domain, systemActor, { role: "HEAD", municipalityId: municipality.id, schoolId: schools[0]!.id });
    const head: Actor = await redeemInvite(domain, { code: invite.code, telegramId: 950_001, telegramName: "Head" });

    // Import: 25 teachers × 4 courses × 50 dates = 5,000 distinct rows.
    const names: string[] = [];
    for (let i = 0; i < 25; i++) names.push((await addTeacher(domain, systemActor, { schoolId: schools[0]!.id, fullName: `Учитель ${i + 1} Бенчмарков` })).fullName);
    const titles: string[] = [];
    for (let c = 0; c < 4; c++) {
      titles.push((await createCourse(domain, systemActor, { municipalityId: municipality.id, title: `Программа бенчмарка ${c + 1}`, provider: "IRO", hours: 36, format: "REMOTE" })).title);
    }
    const lines = ["ФИО педагога;Курс (программа);Организация;Дата окончания;Номер удостоверения"];
    for (let i = 0; i < IMPORT_ROWS; i++) {
      const day = new Date(Date.UTC(2022, 0, 1) + (i % 50) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${names[Math.floor(i / 200)]};${titles[Math.floor(i / 50) % 4]};ИРО;${day};${i}`);
    }
    const bytes = new TextEncoder().encode(lines.join("\n"));
    const start = performance.now();
    const preview = await previewCompletionImport(domain, head, { schoolId: schools[0]!.id, fileName: "bench.csv", bytes });
    if (preview.importId === null) throw new Error(`bench import preview failed: ${JSON.stringify(preview).slice(0, 300)}`);
    await confirmCompletionImport(domain, head, { importId: preview.importId });
    console.log(`courses import: ${IMPORT_ROWS} rows in ${Math.round(performance.now() - start)} ms`);

    // Summary: the protocol's year 355 times over (141 completions each, ≈ 50,000), in its own municipality.
    const other = await createMunicipality(domain, systemActor, { name: "Бенчмарк сводки", timeZone: "Europe/Moscow" });
    const csv2 = ["name,short_name", ...Array.from({ length: SCHOOLS }, (_, i) => `Школа ${i + 1},С${i + 1}`)].join("\n");
    await importSchools(domain, systemActor, { municipalityId: other.id, csv: csv2 });
    const otherSchools = await domain.db.school.findMany({ where: { municipalityId: other.id }, select: { id: true } });
    await seedProtocolRecords(domain.db, { municipalityId: other.id, schoolIds: otherSchools.map((s) => s.id), scale: 355 });
    const completions = await domain.db.courseCompletion.count({ where: { teacher: { school: { municipalityId: other.id } } } });
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await getCourseSummary(domain, systemActor, { municipalityId: other.id, period: { from: "2022-09-01", to: "2023-08-31" } });
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!);
    console.log(`courses summary: ${Math.round(completions / 1000) * 1000} completions p50 ${at(0.5)} ms p95 ${at(0.95)} ms`);
  } finally {
    await stack.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
