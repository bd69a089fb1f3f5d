// Roadmap import: a 300-item .docx (10 sections, every kind of schedule phrase, merged section rows) read into
// the preview without a database, then imported for real (PGlite: plan, items and their tasks for 20 schools).
import { performance } from "node:perf_hooks";
import { openDatabase } from "../src/db/open-database.js";
import { migrate } from "../src/db/migrate.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { createMunicipality } from "../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../src/domain/people/system-actor.js";
import { importPlan } from "../src/domain/plans/import-plan.js";
import { readPlanFile } from "../src/domain/plans/document/read-plan-file.js";
import { readPeriod } from "../src/domain/plans/schedule/plan-period.js";
import { understandPlan } from "../src/domain/plans/understand-plan.js";
import { importSchools } from "../src/domain/schools/import-schools.js";
import { buildDocx, type DocxCell } from "../test/support/build-docx.js";

const ITEMS = 300;
const PHRASES = ["30.06.2023", "Август 2023", "декабрь 2022 - январь 2023", "ежеквартально", "Ежегодно (ноябрь)", "раз в год", "в течение года", "по мере необходимости", "I полугодие 2023", "по плану МО ПК"];
const RESPONSIBLE = ["МОУО, ОО", "руководители ОО", "ММС", "Иванова И.И., методист", "МОУО"];

export async function roadmapDocx(): Promise<Buffer> {
  const rows: DocxCell[][] = [["№ п/п", "Мероприятие", "Сроки", "Ответственные", "Результат"]];
  for (let i = 0; i < ITEMS; i++) {
    if (i % 30 === 0) rows.push([{ text: `${i / 30 + 1}. Раздел плана`, span: 5 }]);
    rows.push([`${Math.floor(i / 30) + 1}.${(i % 30) + 1}.`, `Мероприятие номер ${i + 1} по развитию профессиональных компетенций педагогов`, PHRASES[i % PHRASES.length]!, RESPONSIBLE[i % RESPONSIBLE.length]!, "Приказ, справка"]);
  }
  return buildDocx([{ paragraph: "План мероприятий («дорожная карта») муниципального округа на 2022-2025 годы" }, { table: rows }]);
}

export async function run(): Promise<void> {
  const docx = await roadmapDocx();
  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const parsed = await readPlanFile(docx, "plan.docx");
    understandPlan(parsed, readPeriod(parsed.title!)!);
    reads.push(performance.now() - started);
  }
  console.log(`roadmap read (docx → preview, no database): ${ITEMS} items in ${Math.round(Math.min(...reads))} ms (best of 5)`);

  const db = await openDatabase({});
  await migrate(db.sql);
  const deps: DomainDeps = { db: db.prisma, now: () => new Date("2023-01-10T09:00:00Z") };
  const municipality = await createMunicipality(deps, systemActor, { name: "Бенчмарк", timeZone: "Europe/Moscow" });
  const csv = ["name,short_name", ...Array.from({ length: 20 }, (_, i) => `Школа ${i + 1},Ш${i + 1}`)].join("\n");
  await importSchools(deps, systemActor, { municipalityId: municipality.id, csv });
  const started = performance.now();
  const result = await importPlan(deps, systemActor, { municipalityId: municipality.id, fileName: "plan.docx", bytes: docx });
  const ms = Math.round(performance.now() - started);
  console.log(`roadmap import: ${result.items} items in ${ms} ms (PGlite: stored with ${result.tasks} tasks, ${result.assignments} assignments)`);
  await db.close();
}
