// A bot process that only delivers the outbox, for the crash tests and the benchmark: it drains every due
// row and exits, or is killed half-way. Settings from the environment:
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
const counts = await dispatcher.drain();
process.stdout.write(`${JSON.stringify(counts)}\n`);
await db.close();
