// Delivery survives processes: a dispatcher process killed (SIGKILL) in the middle of 500 rows and started
// again loses nothing and sends nothing twice except rows that were in flight at the kill (the window of
// doubt in the README); two dispatchers on one PostgreSQL database send every row exactly once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotApiServer, type BotApiServer } from "../../emulator/index.js";
import { createI18n, translator } from "../../src/bot/i18n.js";
import { migrate } from "../../src/db/migrate.js";
import { openDatabase, type Database } from "../../src/db/open-database.js";
import { systemClock } from "../../src/domain/deps.js";
import { createLogger } from "../../src/logger.js";
import { grammyCaller } from "../../src/notify/bot-api-caller.js";
import { createDispatcher } from "../../src/notify/dispatcher.js";
import { addRecipients, deliveriesByLabel, enqueueLabelled } from "../support/outbox-fixture.js";
import { startDispatcherProcess } from "../support/run-dispatcher-process.js";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../support/test-database.js";

const ROWS = 500;
const FAST = { globalPerSecond: 100, perChatPerSecond: 1000 };
const CONCURRENCY = 3; // the dispatcher's default: calls in flight at once

let server: BotApiServer;
beforeAll(async () => {
  server = await startBotApiServer();
});
afterAll(() => server?.close());

describe("a dispatcher process killed in the middle of 500 rows", () => {
  let dataDir: string | undefined;
  let db: Database | TestDatabase;
  afterAll(async () => {
    await db?.close().catch(() => undefined); // PGlite's may be closed already
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("is started again: nothing lost, nothing twice beyond the calls in flight at the kill", { timeout: 240_000 }, async () => {
    const start = server.calls.length;
    // PGlite keeps its data in a folder one process opens at a time; PostgreSQL is shared.
    if (testServerUrl) db = await createTestDatabase();
    else {
      dataDir = mkdtempSync(join(tmpdir(), "outbox-crash-"));
      db = await openDatabase({ dataDir });
      await migrate(db.sql);
    }
    const recipients = await addRecipients(db.prisma, server, 50);
    await enqueueLabelled(db.prisma, new Date(), recipients, ROWS);
    const where = { databaseUrl: "url" in db ? db.url : undefined, dataDir };
    if (dataDir) await db.close();

    const first = startDispatcherProcess({ ...where, apiRoot: server.apiRoot, token: server.token, limits: FAST, leaseMs: 3_000 });
    const sentSoFar = () => server.calls.slice(start).filter((c) => c.method === "sendMessage").length;
    while (sentSoFar() < 150) await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGKILL");
    expect((await first.exited).code).toBeNull();
    const deliveredBeforeKill = sentSoFar();
    expect(deliveredBeforeKill).toBeLessThan(ROWS);

    if (dataDir) db = await openDatabase({ dataDir });
    const inDoubt = new Set(
      (await db.prisma.outboxMessage.findMany({ where: { status: "SENDING" }, select: { dedupeKey: true } })).map((r) => r.dedupeKey.slice("test:".length)),
    );
    if (dataDir) await db.close();

    const second = startDispatcherProcess({ ...where, apiRoot: server.apiRoot, token: server.token, limits: FAST, leaseMs: 3_000 });
    const { code, output } = await second.exited;
    expect(code, output).toBe(0);

    if (dataDir) db = await openDatabase({ dataDir });
    const delivered = deliveriesByLabel(server);
    for (let i = 0; i < ROWS; i++) expect(delivered.get(`#${i}`) ?? 0, `#${i}`).toBeGreaterThanOrEqual(1);
    const twice = [...delivered].filter(([, n]) => n > 1).map(([label]) => label);
    expect(twice.length).toBeLessThanOrEqual(CONCURRENCY);
    for (const label of twice) expect(inDoubt.has(label), label).toBe(true);
    expect(await db.prisma.outboxMessage.count({ where: { status: "SENT" } })).toBe(ROWS);
  });
});

describe.skipIf(!testServerUrl)("two dispatchers on one PostgreSQL database", () => {
  let main: TestDatabase;
  let second: Database;
  afterAll(async () => {
    await second?.close();
    await main?.close();
  });

  it("send every row exactly once", { timeout: 120_000 }, async () => {
    main = await createTestDatabase();
    second = await openDatabase({ url: main.url });
    const before = server.calls.length;
    const recipients = await addRecipients(main.prisma, server, 40);
    await enqueueLabelled(main.prisma, new Date(), recipients, 300);
    const i18n = createI18n(() => undefined);
    const [a, b] = [main, second].map((db) =>
      createDispatcher({
        domain: { db: db.prisma, now: systemClock },
        api: grammyCaller(server.token, server.apiRoot),
        t: (language) => translator(i18n, language),
        logger: createLogger("silent"),
        limits: FAST,
      }),
    );
    const [countsA, countsB] = await Promise.all([a!.drain(), b!.drain()]);
    expect(countsA.sent + countsB.sent).toBe(300);
    // Both took part: the rows were shared, not sent by one while the other waited.
    expect(countsA.sent).toBeGreaterThan(0);
    expect(countsB.sent).toBeGreaterThan(0);
    const calls = server.calls.slice(before).filter((c) => c.method === "sendMessage");
    expect(calls).toHaveLength(300);
    const labels = new Set(calls.map((c) => /«(#\d+)»/.exec(String(c.payload.text))?.[1]));
    expect(labels.size).toBe(300);
    expect(await main.prisma.outboxMessage.count({ where: { status: "SENT" } })).toBe(300);
  });
});
