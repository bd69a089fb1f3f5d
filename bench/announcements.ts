// Announcements at scale, through the real bot and the emulator: a broadcast to 5,000 heads from the sender's
// «Отправить» to the last delivery, with the emulator held to Telegram's limits (30 messages a second, one a
// second per chat, a 429 every 400th message); then the 5,000 heads press «Ознакомлен» under their copies
// (20 presses in flight at once): each press is an update the bot polls, checks, stores and answers.
//   broadcast: 5000 recipients, rate 0.NN of limit, duplicates D, lost L
//   acknowledgments: N per second
// ANNOUNCE_BENCH_RECIPIENTS shortens the run (5,000 at 30/s take about three minutes).
import { performance } from "node:perf_hooks";
import type { FloodLimits } from "../emulator/index.js";
import { startLocalStack } from "../src/demo/local-stack.js";
import type { Actor } from "../src/domain/actor.js";
import { sendAnnouncement } from "../src/domain/announcements/send-announcement.js";
import { TELEGRAM_LIMITS } from "../src/notify/rate-limiter.js";
import { addRecipients } from "../test/support/outbox-fixture.js";
import { createTestDatabase } from "../test/support/test-database.js";

const RECIPIENTS = Number(process.env.ANNOUNCE_BENCH_RECIPIENTS ?? 5000);
const PRESSES_IN_FLIGHT = 20;
const TEXT = "Семинар «Наставничество» 26.11 в 14:00";

export async function run(): Promise<void> {
  // Read by the emulator on every call: the limits hold for the broadcast and are lifted for the presses, whose
  // answers (answerCallbackQuery, the button's edit) Telegram does not count against the 30 messages a second.
  const flood: FloodLimits = { globalPerSecond: 30, perChatPerSecond: 1, injectEvery: 400, retryAfterSeconds: 1 };
  const db = process.env.TEST_DATABASE_URL ? await createTestDatabase() : undefined;
  const stack = await startLocalStack({ ...(db ? { db } : {}), emulator: { limits: flood }, outbox: { concurrency: 3 } });
  const prisma = stack.db.prisma;
  const heads = await addRecipients(prisma, stack.server, RECIPIENTS);
  const first = await prisma.person.findUniqueOrThrow({ where: { id: heads[0]!.personId } });
  // The benchmark runs at any hour: no quiet hours in its municipality.
  await prisma.municipality.update({ where: { id: first.municipalityId }, data: { quietHoursStart: 0, quietHoursEnd: 0 } });
  const sender = await prisma.person.create({ data: { displayName: "Методист", role: "METHODOLOGIST", municipalityId: first.municipalityId, telegramId: 1n } });
  const actor: Actor = { personId: sender.id, role: "METHODOLOGIST", municipalityId: first.municipalityId, schoolId: null, language: "ru", displayName: "Методист" };

  const confirmedAt = Date.now();
  await sendAnnouncement(stack.domain, actor, { text: TEXT, audience: { kind: "heads" }, askAck: true });
  await stack.drainOutbox();
  const copies = stack.server.callsTo("sendMessage").filter((c) => c.response?.ok && String(c.payload.text).startsWith("Семинар"));
  const seconds = (copies.at(-1)!.at.getTime() - confirmedAt) / 1000;
  const perChat = new Map<number, number>();
  for (const c of copies) perChat.set(Number(c.payload.chat_id), (perChat.get(Number(c.payload.chat_id)) ?? 0) + 1);
  const duplicates = [...perChat.values()].reduce((n, k) => n + Math.max(0, k - 1), 0);
  const lost = heads.filter((h) => !perChat.has(h.telegramId)).length;
  const rate = copies.length / seconds / TELEGRAM_LIMITS.globalPerSecond;
  console.log(`broadcast: ${RECIPIENTS} recipients, rate ${rate.toFixed(2)} of limit, duplicates ${duplicates}, lost ${lost} (${stack.server.floodStats().refused} answered 429, ${seconds.toFixed(0)} s)`);

  for (const key of Object.keys(flood) as (keyof FloodLimits)[]) delete flood[key];
  const queue = [...heads];
  let confirmed = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: PRESSES_IN_FLIGHT }, async () => {
      for (let h = queue.shift(); h; h = queue.shift()) {
        const press = await stack.server.user(h.telegramId).press("Ознакомлен");
        if (press.answer?.text) confirmed += 1;
      }
    }),
  );
  const ackSeconds = (performance.now() - start) / 1000;
  const stored = await prisma.announcementRecipient.count({ where: { acknowledgedAt: { not: null } } });
  console.log(`acknowledgments: ${Math.round(RECIPIENTS / ackSeconds)} per second (${RECIPIENTS} presses over the bot in ${ackSeconds.toFixed(1)} s; ${confirmed} answered, ${stored} stored)`);
  await stack.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
