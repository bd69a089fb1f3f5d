// A broadcast survives a crash: the sender confirms an announcement to 200 heads, the dispatcher process is
// killed (SIGKILL) in the middle and started again; every head gets the announcement, and nobody gets it twice
// except a copy that was in flight at the kill (the window of doubt in the README).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotApiServer, type BotApiServer } from "../../emulator/index.js";
import { migrate } from "../../src/db/migrate.js";
import { openDatabase, type Database } from "../../src/db/open-database.js";
import { sendAnnouncement } from "../../src/domain/announcements/send-announcement.js";
import { systemClock } from "../../src/domain/deps.js";
import { addRecipients } from "../support/outbox-fixture.js";
import { startDispatcherProcess } from "../support/run-dispatcher-process.js";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../support/test-database.js";

const HEADS = 200;
const FAST = { globalPerSecond: 100, perChatPerSecond: 1000 };
const CONCURRENCY = 3;

let server: BotApiServer;
const children: Array<ReturnType<typeof startDispatcherProcess>> = [];
beforeAll(async () => {
  server = await startBotApiServer();
});
afterAll(async () => {
  for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await server?.close();
});

describe("a broadcast with its dispatcher process killed half-way", () => {
  let dataDir: string | undefined;
  let db: Database | TestDatabase;
  afterAll(async () => {
    await db?.close().catch(() => undefined);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("reaches every head once after a restart", { timeout: 600_000 }, async () => {
    if (testServerUrl) db = await createTestDatabase();
    else {
      dataDir = mkdtempSync(join(tmpdir(), "announce-crash-"));
      db = await openDatabase({ dataDir });
      await migrate(db.sql);
    }
    const heads = await addRecipients(db.prisma, server, HEADS);
    const head = await db.prisma.person.findUniqueOrThrow({ where: { id: heads[0]!.personId } });
    const sender = await db.prisma.person.create({ data: { displayName: "Методист", role: "METHODOLOGIST", municipalityId: head.municipalityId, telegramId: 1n } });
    const actor = { personId: sender.id, role: "METHODOLOGIST" as const, municipalityId: head.municipalityId, schoolId: null, language: "ru" as const, displayName: "Методист" };
    const sent = await sendAnnouncement({ db: db.prisma, now: systemClock }, actor, { text: "Семинар в четверг", audience: { kind: "heads" } });
    expect(sent.recipients).toBe(HEADS);
    // The real clock may be in the municipality's quiet hours; the test is about the crash, not the hours.
    await db.prisma.outboxMessage.updateMany({ data: { notBefore: new Date() } });
    const where = { databaseUrl: "url" in db ? db.url : undefined, dataDir };
    if (dataDir) await db.close();

    const spawn = () => {
      const started = startDispatcherProcess({ ...where, apiRoot: server.apiRoot, token: server.token, limits: FAST, leaseMs: 3_000 });
      children.push(started);
      return started;
    };
    const copies = () => server.calls.filter((c) => c.method === "sendMessage" && c.response?.ok);
    const first = spawn();
    while (copies().length < 60) await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGKILL");
    await first.exited;
    expect(copies().length).toBeLessThan(HEADS);

    if (dataDir) db = await openDatabase({ dataDir });
    const inDoubt = new Set((await db.prisma.outboxMessage.findMany({ where: { status: "SENDING" }, select: { personId: true } })).map((r) => r.personId));
    if (dataDir) await db.close();
    const { code, output } = await spawn().exited;
    expect(code, output).toBe(0);

    if (dataDir) db = await openDatabase({ dataDir });
    const byChat = new Map<number, number>();
    for (const c of copies()) byChat.set(Number(c.payload.chat_id), (byChat.get(Number(c.payload.chat_id)) ?? 0) + 1);
    for (const h of heads) expect(byChat.get(h.telegramId) ?? 0, `head ${h.personId}`).toBeGreaterThanOrEqual(1);
    const twice = heads.filter((h) => (byChat.get(h.telegramId) ?? 0) > 1);
    expect(twice.length).toBeLessThanOrEqual(CONCURRENCY);
    for (const h of twice) expect(inDoubt.has(h.personId)).toBe(true);
    expect(await db.prisma.outboxMessage.count({ where: { kind: "announcement.message", status: "SENT" } })).toBe(HEADS);
  });
});
