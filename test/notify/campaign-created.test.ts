// Creating a campaign that opens at once for 300 schools only writes rows: the methodologist's answer does
// not wait for a single send; the woken dispatcher then tells every head, once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCampaign } from "../../src/domain/campaigns/create-campaign.js";
import { startLocalStack, type LocalStack } from "../../src/demo/local-stack.js";
import type { Actor } from "../../src/domain/actor.js";
import { createTestDatabase } from "../support/test-database.js";

const SCHOOLS = 300;
let stack: LocalStack;
let methodologist: Actor;
let indicatorId: number;

beforeAll(async () => {
  stack = await startLocalStack({
    db: await createTestDatabase(),
    startAt: new Date("2026-11-23T09:00:00Z"),
    outbox: { limits: { globalPerSecond: 1000, perChatPerSecond: 1000 } },
  });
  const db = stack.db.prisma;
  const m = await db.municipality.create({ data: { name: "Большой округ", timeZone: "Europe/Moscow" } });
  await db.school.createMany({ data: Array.from({ length: SCHOOLS }, (_, i) => ({ municipalityId: m.id, name: `Школа №${i + 1}`, shortName: `№${i + 1}` })) });
  const schools = await db.school.findMany({ where: { municipalityId: m.id }, orderBy: { id: "asc" } });
  await db.person.createMany({
    data: schools.map((s, i) => ({ telegramId: BigInt(400_000 + i), displayName: `Руководитель ${i + 1}`, role: "HEAD" as const, municipalityId: m.id, schoolId: s.id })),
  });
  for (let i = 0; i < SCHOOLS; i++) stack.server.user({ id: 400_000 + i, first_name: `Руководитель ${i + 1}` }).startedEarlier();
  const person = await db.person.create({ data: { telegramId: 399_999n, displayName: "Методист", role: "METHODOLOGIST", municipalityId: m.id } });
  methodologist = { personId: person.id, role: "METHODOLOGIST", municipalityId: m.id, schoolId: null, language: "ru", displayName: "Методист" };
  indicatorId = (await db.indicator.create({ data: { code: "BIG_COUNT", kind: "COUNT", titleRu: "Число", titleEn: "Count", helpRu: "", helpEn: "" } })).id;
});
afterAll(() => stack?.close());

describe("a campaign for 300 schools that opens now", () => {
  it("is created without a single send; the dispatcher then tells every head once", async () => {
    const sendsBefore = stack.server.callsTo("sendMessage").length;
    const created = await createCampaign(stack.domain, methodologist, {
      title: "Большой мониторинг",
      period: "2026-Q4",
      indicatorIds: [indicatorId],
      opensAt: stack.clock.now(),
      deadline: new Date(stack.clock.now().getTime() + 7 * 24 * 3600_000),
      schoolIds: "all",
    });
    expect(created.schoolCount).toBe(SCHOOLS);
    // The answer is back; the notices are rows, written with the campaign, and none has gone yet.
    expect(stack.server.callsTo("sendMessage")).toHaveLength(sendsBefore);
    expect(await stack.db.prisma.outboxMessage.count({ where: { kind: "campaign.opened", status: "QUEUED" } })).toBe(SCHOOLS);
    expect((await stack.db.prisma.campaign.findUniqueOrThrow({ where: { id: created.campaignId } })).openedAt).not.toBeNull();

    stack.dispatcher.wake(); // what the bot does after answering
    expect(await stack.drainOutbox()).toMatchObject({ blocked: 0, failed: 0 });
    const notices = stack.server.callsTo("sendMessage").slice(sendsBefore);
    expect(notices).toHaveLength(SCHOOLS);
    expect(new Set(notices.map((c) => c.payload.chat_id)).size).toBe(SCHOOLS);
    expect(String(notices[0]!.payload.text)).toContain("Открыт мониторинг «Большой мониторинг»");
    expect(await stack.db.prisma.outboxMessage.count({ where: { kind: "campaign.opened", status: "SENT" } })).toBe(SCHOOLS);
  });
});
