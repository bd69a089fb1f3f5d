// A bot process that only delivers the outbox, for the crash tests and the benchmark: it delivers until no row
// is left to send and exits, or is killed half-way. A row a killed process left SENDING is due again only when
// its lease runs out, so this process waits for it as the running bot's dispatcher loop would. Settings from the environment:
// OUTBOX_DATABASE_URL or OUTBOX_DATA_DIR, OUTBOX_API_ROOT, OUTBOX_TOKEN, OUTBOX_LIMITS (JSON), OUTBOX_LEASE_MS.
import { createI18n, translator } from "../../src/bot/i18n.js";
import { openDatabase } from "../../src/db/open-database.js";
import { systemClock } from "../../src/domain/deps.js";
import { createLogger } from "../../src/logger.js";
import { grammyCaller } from "../../src/notify/bot-api-caller.js";
import { createDispatcher } from "../../src/notify/dispatcher.js";

const env = process.env;
const db = await openDatabase({ url: env.OUTBOX_DATABASE_URL, dataDir: env.OUTBOX_DATA_DIR });
const i18n = createI18n(() => undefined);
const dispatcher = createDispatcher({
  domain: { db: db.prisma, now: systemClock },
  api: grammyCaller(env.OUTBOX_TOKEN!, env.OUTBOX_API_ROOT!),
  t: (language) => translator(i18n, language),
  logger: createLogger("silent"),
  ...(env.OUTBOX_LIMITS ? { limits: JSON.parse(env.OUTBOX_LIMITS) } : {}),
  ...(env.OUTBOX_LEASE_MS ? { leaseMs: Number(env.OUTBOX_LEASE_MS) } : {}),
});
process.stdout.write("ready\n");
const counts = { sent: 0, blocked: 0, failed: 0 };
const giveUpAt = Date.now() + 120_000;
for (;;) {
  const pass = await dispatcher.drain();
  for (const k of ["sent", "blocked", "failed"] as const) counts[k] += pass[k];
  const left = await db.prisma.outboxMessage.count({ where: { status: { in: ["QUEUED", "SENDING"] } } });
  if (left === 0 || Date.now() > giveUpAt) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
await db.close();
