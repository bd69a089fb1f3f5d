// npm run bench:scale — every staff screen's data at 60, 250, 1,000 and 4,000 schools in one municipality
// (all four municipalities in one database, each with last period's campaign and the open one), on PGlite,
// and on PostgreSQL when TEST_DATABASE_URL is set; then the jobs' sweeps over a region of 40 municipalities ×
// 1,000 schools in the same database. One line per measurement:
//   scale: <screen or job> <pglite|pg> <N> schools p50 X ms p95 Y ms
// Prints figures; asserts nothing (the tests check behaviour, the README carries the table).
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { Actor } from "../src/domain/actor.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { exportCampaignResults } from "../src/domain/campaigns/export-campaign-results.js";
import { getCampaignCard } from "../src/domain/campaigns/get-campaign-card.js";
import { getCampaignSummary } from "../src/domain/campaigns/get-campaign-summary.js";
import { listCampaignSchools } from "../src/domain/campaigns/list-campaign-schools.js";
import { listCampaigns } from "../src/domain/campaigns/list-campaigns.js";
import { listIndicators } from "../src/domain/indicators/list-indicators.js";
import { findSchools } from "../src/domain/schools/find-schools.js";
import { openDueCampaigns } from "../src/domain/campaigns/open-due-campaigns.js";
import { sweepReminders } from "../src/domain/reminders/sweep-reminders.js";
import { getMunicipalityStatus } from "../src/domain/status/get-municipality-status.js";
import { seedRegion } from "./status.js";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../test/support/test-database.js";
import { seedScaleMunicipality } from "../test/support/scale-seed.js";

// SCALE_SIZES=1000,4000 and SCALE_SCREENS=results,xlsx narrow a run down.
const SIZES = (process.env.SCALE_SIZES ?? "60,250,1000,4000").split(",").map(Number);
const ONLY = process.env.SCALE_SCREENS?.split(",");
const NOW = new Date("2026-11-23T09:00:00Z");
// As in bench/status.ts, whose region this is: Tuesday 08:00 UTC, within the reminder hours of every zone.
const SWEEP_NOW = new Date("2026-11-24T08:00:00Z");
const REGION = { municipalities: 40, schools: 1000 };

function quantiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function measure(label: string, rounds: number, run: () => Promise<unknown>, warmUps = 2): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmUps; i++) await run(); // warm caches and the JIT
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const q = quantiles(samples);
  console.log(`scale: ${label} p50 ${q.p50.toFixed(1)} ms p95 ${q.p95.toFixed(1)} ms`);
  return q;
}

/** The screens a methodologist opens, each as the bot asks the domain for it. */
function screens(deps: DomainDeps, staff: Actor, official: Actor, campaignId: number): Array<[string, () => Promise<unknown>]> {
  return [
    ["status", () => getMunicipalityStatus(deps, official, { page: 0 })],
    ["results", () => getCampaignSummary(deps, staff, { campaignId })],
    ["campaigns-list", () => listCampaigns(deps, staff, { includeClosed: true, page: 0 })],
    ["campaign-card", () => getCampaignCard(deps, staff, { campaignId })],
    ["per-school-table", () => listCampaignSchools(deps, staff, { campaignId, page: 3, pageSize: 8 })],
    ["per-school-search", () => listCampaignSchools(deps, staff, { campaignId, search: "школа № 12", pageSize: 8 })],
    ["non-submitters", () => listCampaignSchools(deps, staff, { campaignId, filter: "missing", pageSize: 20 })],
    ["reopen-chooser", () => listCampaignSchools(deps, staff, { campaignId, filter: "missing", search: "3", pageSize: 20 })],
    ["school-picker", () => findSchools(deps, staff, { search: "1", page: 2, pageSize: 20 })],
    ["school-picker-all", () => findSchools(deps, staff, { withIds: true })],
    ["indicator-picker", () => listIndicators(deps, staff)],
    ["xlsx", () => exportCampaignResults(deps, staff, { campaignId })],
  ];
}

export async function run(): Promise<void> {
  const engine = testServerUrl ? "pg" : "pglite";
  // The machine is shared: the load average says how to read the figures.
  const load = () => `scale: load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`;
  console.log(load());
  const db = await createTestDatabase();
  try {
    const deps: DomainDeps = { db: db.prisma, now: () => NOW };
    const seeded = [];
    for (const size of SIZES) {
      const start = performance.now();
      seeded.push({ size, m: await seedScaleMunicipality(db.prisma, { schools: size, now: NOW }) });
      console.log(`scale: seed ${engine} ${size} schools ${Math.round(performance.now() - start)} ms`);
    }
    if (engine === "pg") await db.prisma.$executeRawUnsafe("ANALYZE");
    for (const { size, m } of seeded) {
      const campaignId = m.campaignIds[1]!;
      for (const [screen, call] of screens(deps, m.methodologist, m.official, campaignId)) {
        if (ONLY && !ONLY.includes(screen)) continue;
        const rounds = screen === "xlsx" ? (size >= 4000 ? 5 : 10) : 30;
        const q = await measure(`${screen} ${engine} ${size} schools`, rounds, call);
        // The line issue 8 asks for.
        if (screen === "results" && size === 1000) console.log(`results: 1000 schools p50 ${q.p50.toFixed(1)} ms p95 ${q.p95.toFixed(1)} ms`);
      }
    }
    if (!ONLY || ONLY.some((s) => s.endsWith("-sweep"))) await sweepsAtRegionScale(db, engine);
    console.log(load());
  } finally {
    await db.close();
  }
}

/**
 * The every-minute jobs over 40 × 1,000 schools (with the municipalities above in the same database): the
 * first run of each (queuing every notice) once, then the runs with nothing new to tell, as most runs are.
 */
async function sweepsAtRegionScale(db: TestDatabase, engine: string): Promise<void> {
  const start = performance.now();
  await seedRegion(db, { ...REGION, campaigns: 1, tasks: 4, schoolsPerTask: 500, tag: "Регион" });
  if (engine === "pg") await db.prisma.$executeRawUnsafe("ANALYZE");
  const schools = REGION.municipalities * REGION.schools;
  console.log(`scale: seed ${engine} ${REGION.municipalities} × ${REGION.schools} schools ${Math.round(performance.now() - start)} ms`);
  const deps: DomainDeps = { db: db.prisma, now: () => SWEEP_NOW };
  const jobs: Array<[string, () => Promise<unknown>]> = [
    ["opening-sweep", () => openDueCampaigns(deps)],
    ["reminder-sweep", () => sweepReminders(deps)],
  ];
  for (const [job, call] of jobs) {
    if (ONLY && !ONLY.includes(job)) continue;
    const first = performance.now();
    try {
      const result = await call();
      console.log(`scale: ${job} ${engine} ${schools} schools, first run ${Math.round(performance.now() - first)} ms ${JSON.stringify(result)}`);
      // The first run warmed everything; a sweep is long enough for 5 rounds to say how it holds.
      await measure(`${job} ${engine} ${schools} schools`, 5, call, 0);
    } catch (error) {
      // A figure, not a verdict: say that the job failed at this size and go on.
      const reason = String(error instanceof Error ? error.message : error).trim().split("\n").at(-1);
      console.log(`scale: ${job} ${engine} ${schools} schools failed after ${Math.round(performance.now() - first)} ms: ${reason}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
