// /status, a campaign's results and the reminder sweep at region scale (issue 8). Prints:
//   status: 1000 schools p50 N ms p95 N ms      (8 campaigns × 12 indicators, 20,000 task assignments)
//   results: 1000 schools p50 N ms p95 N ms     («Итоги» of one of those campaigns: getCampaignSummary)
//   reminder sweep: 40000 schools N ms          (40 municipalities in five time zones, first sweep of the day)
// each with the database and the machine's load average (the 2-core machine is shared: read figures with it).
// On the embedded PGlite by default; TEST_DATABASE_URL=postgresql://… runs it on a fresh PostgreSQL database.
// The data is written with set-based SQL (generate_series) and ANALYZEd, as autovacuum would soon after a
// bulk load: the bench measures reading, not seeding. Alone: npx tsx bench/status.ts.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { getCampaignSummary } from "../src/domain/campaigns/get-campaign-summary.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { seedIndicatorCatalogue } from "../src/domain/indicators/seed-indicator-catalogue.js";
import { toActor } from "../src/domain/people/to-actor.js";
import { sweepReminders } from "../src/domain/reminders/sweep-reminders.js";
import { getMunicipalityStatus, getDebtChart } from "../src/domain/status/get-municipality-status.js";
import { renderBarChartPng } from "../src/render/bar-chart.js";
import { createTestDatabase, type TestDatabase } from "../test/support/test-database.js";

// Tuesday 24.11.2026 08:00 UTC: within the reminder hours of every zone below.
const NOW = new Date("2026-11-24T08:00:00Z");
const ZONES = ["Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok"];

const percentile = (samples: number[], q: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;

/** p50 and p95 of `rounds` calls after a few warm-up calls (caches, JIT, prepared plans). */
async function measure(rounds: number, call: (i: number) => Promise<unknown>): Promise<string> {
  for (let i = 0; i < 5; i++) await call(i);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await call(i);
    samples.push(performance.now() - start);
  }
  return `p50 ${percentile(samples, 0.5).toFixed(0)} ms p95 ${percentile(samples, 0.95).toFixed(0)} ms`;
}

/** Municipalities of `schools` schools, one head each; per municipality `campaigns` campaigns and tasks. */
export async function seedRegion(db: TestDatabase, options: { municipalities: number; schools: number; campaigns: number; tasks: number; schoolsPerTask: number; tag: string }) {
  const { sql } = db;
  await sql.exec(`
    INSERT INTO "Municipality" (name, "timeZone")
      SELECT '${options.tag} МО ' || g, (ARRAY['${ZONES.join("','")}'])[1 + g % ${ZONES.length}] FROM generate_series(1, ${options.municipalities}) g;
    INSERT INTO "School" ("municipalityId", name, "shortName")
      SELECT m.id, 'Муниципальное общеобразовательное учреждение «Школа № ' || g || '»', 'Школа № ' || g
        FROM "Municipality" m, generate_series(1, ${options.schools}) g WHERE m.name LIKE '${options.tag} МО %';
    INSERT INTO "Person" ("displayName", role, "municipalityId", "schoolId", "telegramId")
      SELECT 'Директор ' || s.id, 'HEAD', s."municipalityId", s.id, 5000000 + s.id
        FROM "School" s JOIN "Municipality" m ON m.id = s."municipalityId" WHERE m.name LIKE '${options.tag} МО %';
    INSERT INTO "Person" ("displayName", role, "municipalityId", "telegramId")
      SELECT 'Специалист ' || m.id, 'OFFICIAL', m.id, 9000000 + m.id FROM "Municipality" m WHERE m.name LIKE '${options.tag} МО %';
    INSERT INTO "Campaign" ("municipalityId", title, period, "opensAt", deadline, "openedAt")
      SELECT m.id, 'Мониторинг ' || g, '2026-Q' || g, TIMESTAMP '2026-11-10 07:00', TIMESTAMP '2026-11-27 15:00' + (g - 1) * INTERVAL '1 day', TIMESTAMP '2026-11-10 07:00'
        FROM "Municipality" m, generate_series(1, ${options.campaigns}) g WHERE m.name LIKE '${options.tag} МО %';
    INSERT INTO "CampaignSchool" ("campaignId", "schoolId")
      SELECT c.id, s.id FROM "Campaign" c JOIN "School" s ON s."municipalityId" = c."municipalityId"
        JOIN "Municipality" m ON m.id = c."municipalityId" WHERE m.name LIKE '${options.tag} МО %';
    INSERT INTO "CampaignIndicator" ("campaignId", "indicatorId", position)
      SELECT c.id, i.id, i.position FROM "Campaign" c JOIN "Municipality" m ON m.id = c."municipalityId",
        (SELECT id, position FROM "Indicator" WHERE "municipalityId" IS NULL ORDER BY position LIMIT 12) i
       WHERE m.name LIKE '${options.tag} МО %';
    -- about half the schools have submitted each campaign, the rest are drafts or not started; hashed, because
    -- school and campaign ids interleave across municipalities and a sum of ids would pick the same schools
    INSERT INTO "Submission" ("campaignId", "schoolId", status, "submittedAt", "updatedAt")
      SELECT cs."campaignId", cs."schoolId", CASE WHEN abs(hashtext(cs."schoolId" || ':' || cs."campaignId")) % 4 IN (0, 2) THEN 'SUBMITTED'::"SubmissionStatus" ELSE 'DRAFT'::"SubmissionStatus" END,
             TIMESTAMP '2026-11-20 09:00', TIMESTAMP '2026-11-20 09:00'
        FROM "CampaignSchool" cs JOIN "Campaign" c ON c.id = cs."campaignId" JOIN "Municipality" m ON m.id = c."municipalityId"
       WHERE m.name LIKE '${options.tag} МО %' AND abs(hashtext(cs."schoolId" || ':' || cs."campaignId")) % 4 <> 3;
    INSERT INTO "SubmissionValue" ("submissionId", "indicatorId", numerator, denominator, number, flag, "updatedAt")
      SELECT s.id, ci."indicatorId", s.id % 20, 40, s.id % 7, s.id % 2 = 0, TIMESTAMP '2026-11-20 09:00'
        FROM "Submission" s JOIN "CampaignIndicator" ci ON ci."campaignId" = s."campaignId"
        JOIN "Campaign" c ON c.id = s."campaignId" JOIN "Municipality" m ON m.id = c."municipalityId" WHERE m.name LIKE '${options.tag} МО %';
    -- tasks: half overdue (due yesterday), half due on Friday; each to a run of schools; 30% done
    INSERT INTO "Task" ("municipalityId", title, source, "dueAt", "createdAt")
      SELECT m.id, 'Поручение ' || g, 'MANUAL', CASE WHEN g % 2 = 0 THEN TIMESTAMP '2026-11-23 15:00' ELSE TIMESTAMP '2026-11-27 15:00' END, TIMESTAMP '2026-11-01 09:00'
        FROM "Municipality" m, generate_series(1, ${options.tasks}) g WHERE m.name LIKE '${options.tag} МО %';
    INSERT INTO "TaskAssignment" ("taskId", "municipalityId", "dueAt", "schoolId", status, "createdAt", "doneAt")
      SELECT t.id, t."municipalityId", t."dueAt", s.id, CASE WHEN abs(hashtext(s.id || ':' || t.id)) % 10 < 3 THEN 'DONE'::"AssignmentStatus" ELSE 'OPEN'::"AssignmentStatus" END,
             TIMESTAMP '2026-11-01 09:00', CASE WHEN abs(hashtext(s.id || ':' || t.id)) % 10 < 3 THEN TIMESTAMP '2026-11-20 09:00' END
        FROM "Task" t JOIN "Municipality" m ON m.id = t."municipalityId"
        JOIN LATERAL (SELECT id FROM "School" WHERE "municipalityId" = t."municipalityId" ORDER BY id
                       OFFSET (t.id * 37) % GREATEST(1, ${options.schools} - ${options.schoolsPerTask}) LIMIT ${options.schoolsPerTask}) s ON true
       WHERE m.name LIKE '${options.tag} МО %';
  `);
}

async function benchStatus(db: TestDatabase, deps: DomainDeps): Promise<void> {
  await seedRegion(db, { municipalities: 1, schools: 1000, campaigns: 8, tasks: 200, schoolsPerTask: 100, tag: "Статус" });
  await db.prisma.$executeRawUnsafe("ANALYZE");
  const official = await db.prisma.person.findFirstOrThrow({ where: { role: "OFFICIAL", municipality: { name: { startsWith: "Статус МО" } } } });
  const actor = toActor(official);
  const assignments = await db.prisma.taskAssignment.count({ where: { municipalityId: official.municipalityId } });
  const status = await measure(40, (i) => getMunicipalityStatus(deps, actor, { page: i % 5 }));
  console.log(`status: 1000 schools ${status} (${assignments} task assignments, ${db.kind}, ${load()})`);
  const start = performance.now();
  const rows = await getDebtChart(deps, actor);
  renderBarChartPng({ title: "Задолженность школ", horizontal: true, stacked: true, categories: rows.map((r) => r.shortName), series: [{ name: "Поручения", values: rows.map((r) => r.overdueTasks) }, { name: "Формы", values: rows.map((r) => r.missingForms) }] });
  console.log(`status chart (query + PNG): ${(performance.now() - start).toFixed(0)} ms`);
  // One campaign's «Итоги», as the official opens it from /status: the first campaign, half its schools submitted.
  const campaign = await db.prisma.campaign.findFirstOrThrow({ where: { municipalityId: official.municipalityId }, orderBy: { id: "asc" } });
  const results = await measure(30, () => getCampaignSummary(deps, actor, { campaignId: campaign.id }));
  console.log(`results: 1000 schools ${results} (12 indicators, ${db.kind}, ${load()})`);
}

async function benchSweep(db: TestDatabase, deps: DomainDeps): Promise<void> {
  await seedRegion(db, { municipalities: 40, schools: 1000, campaigns: 1, tasks: 4, schoolsPerTask: 500, tag: "Регион" });
  await db.prisma.$executeRawUnsafe("ANALYZE");
  const schools = await db.prisma.school.count({ where: { municipality: { name: { startsWith: "Регион МО" } } } });
  let start = performance.now();
  const first = await sweepReminders(deps);
  const firstMs = performance.now() - start;
  start = performance.now();
  const second = await sweepReminders(deps);
  const secondMs = performance.now() - start;
  console.log(`reminder sweep: ${schools} schools ${firstMs.toFixed(0)} ms (${first.items} reminders in ${first.notices} messages, ${db.kind}, ${load()})`);
  console.log(`reminder sweep, nothing new: ${secondMs.toFixed(0)} ms (${second.items} reminders, ${load()})`);
}

/** Each part on a database of its own, so the sweep sees only its 40 municipalities. */
async function onFreshDatabase(part: (db: TestDatabase, deps: DomainDeps) => Promise<void>): Promise<void> {
  const db = await createTestDatabase();
  try {
    const deps: DomainDeps = { db: db.prisma, now: () => NOW };
    await seedIndicatorCatalogue(deps);
    await part(db, deps);
  } finally {
    await db.close();
  }
}

export async function run(): Promise<void> {
  await onFreshDatabase(benchStatus);
  await onFreshDatabase(benchSweep);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
