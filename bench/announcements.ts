// Announcements at scale: a broadcast to 5,000 heads from the sender's «Отправить» to the last delivery,
// through the emulator held to Telegram's limits (30 messages a second, one a second per chat, a 429 every
// 400th message); and 5,000 heads pressing «Ознакомлен» within a minute (20 presses in flight at once).
//   broadcast: 5000 recipients, rate 0.NN of limit, duplicates D, lost L
//   acknowledgments: N per second
// ANNOUNCE_BENCH_RECIPIENTS shortens the run (5,000 at 30/s take about three minutes).
import { performance } from "node:perf_hooks";
import { startBotApiServer } from "../emulator/index.js";
import { createI18n, translator } from "../src/bot/i18n.js";
import { migrate } from "../src/db/migrate.js";
import { openDatabase, type Database } from "../src/db/open-database.js";
import type { Actor } from "../src/domain/actor.js";
import { acknowledgeAnnouncement } from "../src/domain/announcements/acknowledge-announcement.js";
import { sendAnnouncement } from "../src/domain/announcements/send-announcement.js";
import { systemClock } from "../src/domain/deps.js";
import { createLogger } from "../src/logger.js";
import { grammyCaller } from "../src/notify/bot-api-caller.js";
import { createDispatcher } from "../src/notify/dispatcher.js";
import { TELEGRAM_LIMITS } from "../src/notify/rate-limiter.js";
import { addRecipients } from "../test/support/outbox-fixture.js";
import { createTestDatabase } from "../test/support/test-database.js";

const RECIPIENTS = Number(process.env.ANNOUNCE_BENCH_RECIPIENTS ?? 5000);
const FLOOD = { globalPerSecond: 30, perChatPerSecond: 1, injectEvery: 400, retryAfterSeconds: 1 };
const PRESSES_IN_FLIGHT = 20;
const TEXT = "Семинар «Наставничество» 26.11 в 14:00";

export async function run(): Promise<void> {
  const server = await startBotApiServer({ limits: FLOOD });
  const db: Database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : await migrated(await openDatabase({}));
  const deps = { db: db.prisma, now: systemClock };
  const heads = await addRecipients(db.prisma, server, RECIPIENTS);
  const first = await db.prisma.person.findUniqueOrThrow({ where: { id: heads[0]!.personId } });
  // The benchmark runs at any hour: no quiet hours in its municipality.
  await db.prisma.municipality.update({ where: { id: first.municipalityId }, data: { quietHoursStart: 0, quietHoursEnd: 0 } });
  const sender = await db.prisma.person.create({ data: { displayName: "Методист", role: "METHODOLOGIST", municipalityId: first.municipalityId, telegramId: 1n } });
  const actor = (personId: number, role: Actor["role"]): Actor => ({ personId, role, municipalityId: first.municipalityId, schoolId: first.schoolId, language: "ru", displayName: "x" });
  const i18n = createI18n(() => undefined);
  const dispatcher = createDispatcher({
    domain: deps,
    api: grammyCaller(server.token, server.apiRoot),
    t: (language) => translator(i18n, language),
    logger: createLogger("silent"),
  });

  const confirmedAt = Date.now();
  const sent = await sendAnnouncement(deps, actor(sender.id, "METHODOLOGIST"), { text: TEXT, audience: { kind: "heads" }, askAck: true });
  await dispatcher.drain();
  const copies = server.callsTo("sendMessage").filter((c) => c.response?.ok && String(c.payload.text).startsWith("Семинар"));
  const seconds = (copies.at(-1)!.at.getTime() - confirmedAt) / 1000;
  const perChat = new Map<number, number>();
  for (const c of copies) perChat.set(Number(c.payload.chat_id), (perChat.get(Number(c.payload.chat_id)) ?? 0) + 1);
  const duplicates = [...perChat.values()].reduce((n, k) => n + Math.max(0, k - 1), 0);
  const lost = heads.filter((h) => !perChat.has(h.telegramId)).length;
  const rate = copies.length / seconds / TELEGRAM_LIMITS.globalPerSecond;
  console.log(`broadcast: ${RECIPIENTS} recipients, rate ${rate.toFixed(2)} of limit, duplicates ${duplicates}, lost ${lost} (${server.floodStats().refused} answered 429, ${seconds.toFixed(0)} s)`);

  const queue = [...heads];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: PRESSES_IN_FLIGHT }, async () => {
      for (let h = queue.shift(); h; h = queue.shift()) await acknowledgeAnnouncement(deps, actor(h.personId, "HEAD"), { announcementId: sent.announcementId });
    }),
  );
  const ackSeconds = (performance.now() - start) / 1000;
  console.log(`acknowledgments: ${Math.round(RECIPIENTS / ackSeconds)} per second (${RECIPIENTS} heads in ${ackSeconds.toFixed(1)} s)`);
  await db.close();
  await server.close();
}

async function migrated(db: Database): Promise<Database> {
  await migrate(db.sql);
  return db;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
