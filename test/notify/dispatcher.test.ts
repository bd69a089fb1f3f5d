// The dispatcher delivers outbox rows through the emulator: held notices go when the quiet hours end on the
// recipient's clock; a 429 pauses every send; a 403 marks the person; a 400 ends the row; passing failures
// are retried with back-off, a bounded number of times.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueNotices } from "../../src/domain/outbox/enqueue-notices.js";
import { startLocalStack, type LocalStack } from "../../src/demo/local-stack.js";
import { addRecipients, labelledNotice, type Recipient } from "../support/outbox-fixture.js";
import { createTestDatabase } from "../support/test-database.js";

let stack: LocalStack;
let moscow: Recipient[];
let vladivostok: Recipient[];
const NOTHING = { sent: 0, blocked: 0, failed: 0 };

beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase(), startAt: new Date("2026-11-23T09:00:00Z") });
  moscow = await addRecipients(stack.db.prisma, stack.server, 4, "Europe/Moscow");
  vladivostok = await addRecipients(stack.db.prisma, stack.server, 1, "Asia/Vladivostok");
});
afterAll(() => stack?.close());

const enqueue = (...notices: Parameters<typeof labelledNotice>[]) =>
  enqueueNotices(stack.db.prisma, stack.clock.now(), notices.map((n) => labelledNotice(...n)));
const rowOf = (label: string) => stack.db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `test:${label}` } });
const textsTo = (r: Recipient) => stack.server.user(r.telegramId).messages().map((m) => m.text);

describe("quiet hours", () => {
  it("a notice written at night goes at 09:00 on the recipient's own clock, once (Moscow and Vladivostok)", async () => {
    stack.clock.set("2026-11-23T19:30:00Z"); // 22:30 in Moscow, 05:30 tomorrow in Vladivostok
    await enqueue([moscow[0]!, "night-msk"], [vladivostok[0]!, "night-vvo"]);
    expect(await stack.drainOutbox()).toEqual(NOTHING);
    stack.clock.set("2026-11-23T22:59:00Z"); // 08:59 in Vladivostok
    expect(await stack.drainOutbox()).toEqual(NOTHING);
    stack.clock.set("2026-11-23T23:00:00Z"); // 09:00 in Vladivostok, 02:00 in Moscow
    expect(await stack.drainOutbox()).toEqual({ ...NOTHING, sent: 1 });
    expect(textsTo(vladivostok[0]!).some((t) => t.includes("«night-vvo»"))).toBe(true);
    stack.clock.set("2026-11-24T05:59:00Z");
    expect(await stack.drainOutbox()).toEqual(NOTHING);
    stack.clock.set("2026-11-24T06:00:00Z"); // 09:00 in Moscow
    expect(await stack.drainOutbox()).toEqual({ ...NOTHING, sent: 1 });
    expect(await stack.drainOutbox()).toEqual(NOTHING);
    expect(textsTo(moscow[0]!).filter((t) => t.includes("«night-msk»"))).toHaveLength(1);
    const row = await rowOf("night-msk");
    expect(row).toMatchObject({ status: "SENT", attempts: 1, chatId: BigInt(moscow[0]!.telegramId) });
    expect(row.messageId).toBe(stack.server.user(moscow[0]!.telegramId).messages().at(-1)!.messageId);
  });
});

describe("Telegram's refusals", () => {
  it("a 429 with retry_after pauses the whole dispatcher, then every row goes once", async () => {
    const others = await addRecipients(stack.db.prisma, stack.server, 8);
    stack.server.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 2", parameters: { retry_after: 2 } });
    await enqueue(...others.map((r, i): Parameters<typeof labelledNotice> => [r, `flood-${i}`]));
    const firstCall = stack.server.calls.length;
    expect(await stack.drainOutbox()).toEqual({ ...NOTHING, sent: 8 });
    const calls = stack.server.calls.slice(firstCall).filter((c) => c.method === "sendMessage");
    const refused = calls.find((c) => c.response?.ok === false)!;
    expect(refused.response).toMatchObject({ error_code: 429 });
    // Only the calls already in flight (at most two besides the refused one) went before retry_after was out;
    // every later send, to any chat, waited.
    const after = calls.filter((c) => c.at > refused.at);
    const soon = after.filter((c) => c.at.getTime() - refused.at.getTime() < 1900);
    expect(soon.length).toBeLessThanOrEqual(2);
    expect(after.length - soon.length).toBeGreaterThanOrEqual(6);
    expect(calls.filter((c) => c.response?.ok)).toHaveLength(8);
    // Waiting for Telegram is not the message's fault: no attempt counted.
    for (let i = 0; i < 8; i++) expect((await rowOf(`flood-${i}`)).attempts).toBe(1);
  });

  it("a 403 marks the person as having blocked the bot and ends the row", async () => {
    const blocker = moscow[3]!;
    // They blocked the bot, but the bot never heard of it (the update was lost): Telegram answers 403.
    await stack.server.user(blocker.telegramId).block();
    await stack.db.prisma.person.update({ where: { id: blocker.personId }, data: { blockedBotAt: null } });
    await enqueue([blocker, "to-blocker"]);
    expect(await stack.drainOutbox()).toEqual({ ...NOTHING, blocked: 1 });
    expect((await stack.db.prisma.person.findUniqueOrThrow({ where: { id: blocker.personId } })).blockedBotAt).not.toBeNull();
    expect(await rowOf("to-blocker")).toMatchObject({ status: "BLOCKED", attempts: 1 });
    expect((await rowOf("to-blocker")).lastError).toContain("403");
    // Later rows to them are not even tried.
    const calls = stack.server.callsTo("sendMessage").length;
    await enqueue([blocker, "to-blocker-again"]);
    expect(await stack.drainOutbox()).toEqual({ ...NOTHING, blocked: 1 });
    expect(stack.server.callsTo("sendMessage")).toHaveLength(calls);
  });

  it("a 400 ends the row as failed with Telegram's reason, never retried", async () => {
    stack.server.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" });
    await enqueue([moscow[0]!, "bad"]);
    expect(await stack.drainOutbox()).toEqual({ ...NOTHING, failed: 1 });
    const row = await rowOf("bad");
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lastError: "400: Bad Request: can't parse entities" });
    stack.clock.advance(24 * 3600_000);
    expect(await stack.drainOutbox()).toEqual(NOTHING);
    expect(textsTo(moscow[0]!).some((t) => t.includes("«bad»"))).toBe(false);
  });

  it("a passing failure is retried after a back-off; attempts are bounded", async () => {
    stack.server.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });
    await enqueue([moscow[1]!, "flaky"]);
    expect(await stack.drainOutbox()).toEqual(NOTHING);
    expect(await rowOf("flaky")).toMatchObject({ status: "QUEUED", attempts: 1 });
    stack.clock.advance(5_000);
    expect(await stack.drainOutbox()).toEqual({ ...NOTHING, sent: 1 });
    expect(await rowOf("flaky")).toMatchObject({ status: "SENT", attempts: 2 });

    stack.server.failNext("sendMessage", { error_code: 502, description: "Bad Gateway" }, 10);
    await enqueue([moscow[1]!, "down"]);
    for (let i = 0; i < 5; i++) {
      await stack.drainOutbox();
      stack.clock.advance(3600_000);
    }
    const row = await rowOf("down");
    expect(row).toMatchObject({ status: "FAILED", attempts: 5 });
    expect(row.lastError).toContain("gave up after 5 attempts");
    expect(await stack.drainOutbox()).toEqual(NOTHING);
  });
});
