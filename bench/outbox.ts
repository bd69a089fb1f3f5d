// The outbox: delivery through the emulator held to Telegram's limits (30 messages a second, one a second per
// chat, some 429 answers), in one process and again with a dispatcher process killed half-way and started
// again; and the campaign sweeps at region scale (40 municipalities × 1,000 schools).
//   outbox: N messages, rate 0.NN of limit, duplicates D, lost L
//   scale: opening sweep <pglite|pg> 40000 schools p50 X ms p95 Y ms
// OUTBOX_BENCH_MESSAGES shortens the delivery runs (5,000 at 30/s take about three minutes each).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { startBotApiServer, type BotApiServer } from "../emulator/index.js";
import { createI18n, translator } from "../src/bot/i18n.js";
import { migrate } from "../src/db/migrate.js";
import { openDatabase, type Database } from "../src/db/open-database.js";
import { openDueCampaigns } from "../src/domain/campaigns/open-due-campaigns.js";
import { systemClock } from "../src/domain/deps.js";
import { createLogger } from "../src/logger.js";
import { grammyCaller } from "../src/notify/bot-api-caller.js";
import { createDispatcher } from "../src/notify/dispatcher.js";
import { TELEGRAM_LIMITS } from "../src/notify/rate-limiter.js";
import { addRecipients, deliveriesByLabel, enqueueLabelled } from "../test/support/outbox-fixture.js";
import { startDispatcherProcess } from "../test/support/run-dispatcher-process.js";
import { createTestDatabase } from "../test/support/test-database.js";

const MESSAGES = Number(process.env.OUTBOX_BENCH_MESSAGES ?? 5000);
const CHATS = 500;
const FLOOD = { globalPerSecond: 30, perChatPerSecond: 1, injectEvery: 400, retryAfterSeconds: 1 };
const kind = process.env.TEST_DATABASE_URL ? "pg" : "pglite";

export async function run(): Promise<void> {
  await deliveryInProcess();
  await deliveryWithCrash();
  await sweepsAtScale();
}

function deliveryLine(server: BotApiServer, label = ""): void {
  const accepted = server.callsTo("sendMessage").filter((c) => c.response?.ok);
  const seconds = (accepted.at(-1)!.at.getTime() - accepted[0]!.at.getTime()) / 1000;
  const rate = accepted.length / seconds / TELEGRAM_LIMITS.globalPerSecond;
  const counts = deliveriesByLabel(server);
  let duplicates = 0;
  let lost = 0;
  for (let i = 0; i < MESSAGES; i++) {
    const n = counts.get(`#${i}`) ?? 0;
    if (n === 0) lost += 1;
    if (n > 1) duplicates += n - 1;
  }
  const refused = server.floodStats().refused;
  console.log(`outbox: ${MESSAGES} messages, rate ${rate.toFixed(2)} of limit, duplicates ${duplicates}, lost ${lost}${label} (${refused} answered 429)`);
}

async function deliveryInProcess(): Promise<void> {
  const server = await startBotApiServer({ limits: FLOOD });
  const db = process.env.TEST_DATABASE_URL ? await createTestDatabase() : await migrated(await openDatabase({}));
  const recipients = await addRecipients(db.prisma, server, CHATS);
  await enqueueLabelled(db.prisma, new Date(), recipients, MESSAGES);
  const i18n = createI18n(() => undefined);
  const dispatcher = createDispatcher({
    domain: { db: db.prisma, now: systemClock },
    api: grammyCaller(server.token, server.apiRoot),
    t: (language) => translator(i18n, language),
    logger: createLogger("silent"),
  });
  await dispatcher.drain();
  deliveryLine(server);
  await db.close();
  await server.close();
}

async function deliveryWithCrash(): Promise<void> {
  const server = await startBotApiServer({ limits: FLOOD });
  let dataDir: string | undefined;
  let db: Database & { url?: string | undefined };
  if (process.env.TEST_DATABASE_URL) db = await createTestDatabase();
  else {
    dataDir = mkdtempSync(join(tmpdir(), "outbox-bench-"));
    db = await migrated(await openDatabase({ dataDir }));
  }
  const recipients = await addRecipients(db.prisma, server, CHATS);
  await enqueueLabelled(db.prisma, new Date(), recipients, MESSAGES);
  if (dataDir) await db.close();
  const where = { databaseUrl: db.url, dataDir, apiRoot: server.apiRoot, token: server.token, leaseMs: 5_000 };
  const first = startDispatcherProcess(where);
  while (server.callsTo("sendMessage").length < MESSAGES * 0.4) await new Promise((r) => setTimeout(r, 50));
  first.child.kill("SIGKILL");
  await first.exited;
  const second = startDispatcherProcess(where);
  const { code, output } = await second.exited;
  if (code !== 0) console.log(`outbox: the restarted dispatcher failed: ${output}`);
  deliveryLine(server, " after a crash and resume");
  if (!dataDir) await db.close();
  else rmSync(dataDir, { recursive: true, force: true });
  await server.close();
}

async function sweepsAtScale(): Promise<void> {
  const db = process.env.TEST_DATABASE_URL ? await createTestDatabase() : await migrated(await openDatabase({}));
  const now = new Date("2026-11-23T09:00:00Z");
  const deps = { db: db.prisma, now: () => now };
  await seedRegion(db, now);
  const [first] = await time(() => openDueCampaigns(deps));
  console.log(`scale: opening sweep ${kind} 40000 schools, first run queuing 40000 notices ${first.toFixed(0)} ms`);
  await report("opening sweep", () => openDueCampaigns(deps));
  // The deadline reminders are the reminder policy's sweep now: bench/status.ts measures it.
  await db.close();
}

/** 40 municipalities × 1,000 schools, a head each; per municipality one open campaign due in a day. */
async function seedRegion(db: Database, now: Date): Promise<void> {
  let telegramId = 10_000_000;
  for (let m = 0; m < 40; m++) {
    const municipality = await db.prisma.municipality.create({ data: { name: `Округ ${m}`, timeZone: m % 2 ? "Asia/Yekaterinburg" : "Europe/Moscow" } });
    await db.prisma.school.createMany({ data: Array.from({ length: 1000 }, (_, i) => ({ municipalityId: municipality.id, name: `Школа ${i}`, shortName: `Ш${i}` })) });
    const schools = await db.prisma.school.findMany({ where: { municipalityId: municipality.id }, select: { id: true } });
    await db.prisma.person.createMany({
      data: schools.map((s) => ({ telegramId: BigInt(telegramId++), displayName: "h", role: "HEAD" as const, municipalityId: municipality.id, schoolId: s.id })),
    });
    const campaign = await db.prisma.campaign.create({
      data: { municipalityId: municipality.id, title: `Мониторинг ${m}`, period: "2026", opensAt: new Date(now.getTime() - 3600_000), deadline: new Date(now.getTime() + 24 * 3600_000) },
    });
    await db.prisma.campaignSchool.createMany({ data: schools.map((s) => ({ campaignId: campaign.id, schoolId: s.id })) });
    await db.prisma.submission.createMany({
      data: schools.filter((_, i) => i % 3 === 0).map((s) => ({ campaignId: campaign.id, schoolId: s.id, status: "SUBMITTED" as const, submittedAt: now })),
    });
  }
}

async function report(name: string, fn: () => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < 12; i++) samples.push((await time(fn))[0]);
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  console.log(`scale: ${name} ${kind} 40000 schools p50 ${at(0.5).toFixed(0)} ms p95 ${at(0.95).toFixed(0)} ms`);
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

async function migrated(db: Database): Promise<Database> {
  await migrate(db.sql);
  return db;
}
