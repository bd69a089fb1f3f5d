// npm run bench — figures for the paths people wait on. Prints numbers; asserts nothing (tests do that).
//   1. parsing a typed answer            (pure, per answer)
//   2. saving an answer                  (PGlite: draft + history row, in a transaction with a row lock)
//   3. municipal results                 (60 schools × 13 indicators)
//   4. the XLSX export                   (same data)
//   5. one form step over the bot        (HTTP to the local Bot API, polling, conversation replay, database)
import { performance } from "node:perf_hooks";
import { createCampaign } from "../src/domain/campaigns/create-campaign.js";
import { exportCampaignResults } from "../src/domain/campaigns/export-campaign-results.js";
import { getCampaignResults } from "../src/domain/campaigns/get-campaign-results.js";
import { saveAnswer } from "../src/domain/campaigns/save-answer.js";
import { submitSubmission } from "../src/domain/campaigns/submit-submission.js";
import { DEFAULT_INDICATORS } from "../src/domain/indicators/catalogue.js";
import { parseAnswer } from "../src/domain/indicators/parse-answer.js";
import { seedIndicatorCatalogue } from "../src/domain/indicators/seed-indicator-catalogue.js";
import { createInvite } from "../src/domain/invites/create-invite.js";
import { redeemInvite } from "../src/domain/invites/redeem-invite.js";
import { createMunicipality } from "../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../src/domain/people/system-actor.js";
import { importSchools } from "../src/domain/schools/import-schools.js";
import type { Actor } from "../src/domain/actor.js";
import { seedDemo } from "../src/demo/seed-demo.js";
import { startLocalStack } from "../src/demo/local-stack.js";
import { run as runOutboxBench } from "./outbox.js";
import { run as runStatus } from "./status.js";
import { run as roadmapBench } from "./roadmap.js";
import { run as runScale } from "./scale.js";
import { run as runCourses } from "./courses.js";

const SCHOOLS = 60;

function report(name: string, samplesMs: number[], unit = "ms"): void {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  console.log(
    `${name.padEnd(44)} n=${String(sorted.length).padStart(5)}  mean ${mean.toFixed(3)} ${unit}  p50 ${at(0.5).toFixed(3)}  p95 ${at(0.95).toFixed(3)}  max ${at(1).toFixed(3)}`,
  );
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

// 1. Parsing
{
  const rule = { kind: "SHARE" as const, integer: true, minValue: null, maxValue: null };
  const inputs = ["5 из 20", " 12/40 ", "7 of 9", "1 234 из 2 000", "abc", "25 из 20"];
  const rounds = 200_000;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) parseAnswer(rule, inputs[i % inputs.length]!);
  const ms = performance.now() - start;
  console.log(`${"parseAnswer (mixed valid/invalid)".padEnd(44)} ${Math.round(rounds / (ms / 1000)).toLocaleString("en")} answers/s`);
}

// 2–4. Domain over PGlite
const stack = await startLocalStack({ startAt: new Date("2026-11-23T09:00:00Z") });
const { domain } = stack;
await seedIndicatorCatalogue(domain);
const municipality = await createMunicipality(domain, systemActor, { name: "Бенчмарк МО", timeZone: "Europe/Moscow" });
const csv = ["name,short_name", ...Array.from({ length: SCHOOLS }, (_, i) => `Школа ${i + 1},Ш${i + 1}`)].join("\n");
await importSchools(domain, systemActor, { municipalityId: municipality.id, csv });
const schools = await domain.db.school.findMany({ where: { municipalityId: municipality.id }, orderBy: { id: "asc" } });
const heads: Actor[] = [];
for (const [i, school] of schools.entries()) {
  const invite = await createInvite(domain, systemActor, { role: "HEAD", municipalityId: municipality.id, schoolId: school.id });
  heads.push(await redeemInvite(domain, { code: invite.code, telegramId: 900_000 + i, telegramName: `Head ${i}` }));
}
const methodologistInvite = await createInvite(domain, systemActor, { role: "METHODOLOGIST", municipalityId: municipality.id });
const methodologist = await redeemInvite(domain, { code: methodologistInvite.code, telegramId: 899_999, telegramName: "M" });
const indicators = await domain.db.indicator.findMany({ where: { code: { in: DEFAULT_INDICATORS.map((d) => d.code) } }, orderBy: { position: "asc" } });
const campaign = await createCampaign(domain, methodologist, {
  title: "Бенчмарк",
  period: "2026-Q4",
  indicatorIds: indicators.map((i) => i.id),
  opensAt: new Date("2026-11-23T08:00:00Z"),
  deadline: new Date("2026-12-20T20:00:00Z"),
  schoolIds: "all",
});
const answerFor = (kind: string, i: number) =>
  kind === "SHARE" ? `${(i % 20) + 1} из 40` : kind === "COUNT" ? String(i % 7) : kind === "BOOLEAN" ? (i % 2 ? "да" : "нет") : "Нехватка часов";
const saves: number[] = [];
for (const [s, head] of heads.entries()) {
  for (const indicator of indicators) {
    const [ms] = await time(() =>
      saveAnswer(domain, head, { campaignId: campaign.campaignId, schoolId: schools[s]!.id, indicatorId: indicator.id, raw: answerFor(indicator.kind, s) }),
    );
    saves.push(ms);
  }
  if (s % 6 !== 5) await submitSubmission(domain, head, { campaignId: campaign.campaignId, schoolId: schools[s]!.id });
}
report(`saveAnswer on PGlite (${saves.length} answers)`, saves);
const results: number[] = [];
for (let i = 0; i < 30; i++) results.push((await time(() => getCampaignResults(domain, methodologist, { campaignId: campaign.campaignId })))[0]);
report(`getCampaignResults (${SCHOOLS} schools × ${indicators.length})`, results);
const exports: number[] = [];
let size = 0;
for (let i = 0; i < 10; i++) {
  const [ms, file] = await time(() => exportCampaignResults(domain, methodologist, { campaignId: campaign.campaignId }));
  exports.push(ms);
  size = file.content.length;
}
report(`exportCampaignResults XLSX (${Math.round(size / 1024)} KiB)`, exports);

// 5. One form step through the whole stack
const seed = await seedDemo(domain);
const demoMethodologist = seed.personas.find((p) => p.key === "methodologist")!;
const headPersona = seed.personas.find((p) => p.key === "head1")!;
const head = stack.server.user(headPersona.telegramUser);
await head.send(`/start ${headPersona.inviteCode}`);
const m = await redeemInvite(domain, { code: demoMethodologist.inviteCode, telegramId: demoMethodologist.telegramUser.id, telegramName: "M" });
const countIndicator = indicators.find((i) => i.kind === "COUNT")!;
const demoCampaign = await createCampaign(domain, m, {
  title: "Шаги формы",
  period: "2026-Q4",
  indicatorIds: [countIndicator.id],
  opensAt: new Date("2026-11-23T08:00:00Z"),
  deadline: new Date("2026-12-20T20:00:00Z"),
  schoolIds: "all",
});
await stack.runJob("open-campaigns");
await stack.drainOutbox();
const headSchool = seed.schools.find((s) => s.shortName === headPersona.schoolShortName)!;
const steps: number[] = [];
for (let i = 0; i < 60; i++) {
  await head.pressData(`form:${demoCampaign.campaignId}:${headSchool.id}`, head.lastMessage()!.messageId);
  // First open shows the question; afterwards the review screen: press ✏️ 1 to reach the question again.
  if (head.lastMessage()!.buttons.flat().includes("✏️ 1")) await head.press("✏️ 1");
  const [ms] = await time(() => head.send(String(i % 9)));
  steps.push(ms);
}
report("form step over HTTP (send → saved → next)", steps);
await stack.close();

// 6. The outbox: delivery within Telegram's limits, a crash and resume, the campaign sweeps at region scale.
await runOutboxBench();

// 7. /status, one campaign's results and the reminder sweep at region scale (issue 8).
await runStatus();
// 7. Every staff screen at 60–4,000 schools (bench/scale.ts; alone: npm run bench:scale).
await runScale();

// 8. The roadmap import: a 300-item Word plan.
await roadmapBench();
// 7. Course completions: import and summary
await runCourses();
