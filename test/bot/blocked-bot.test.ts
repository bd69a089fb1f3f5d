import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type DemoSeed } from "../../src/demo/seed-demo.js";
import { startLocalStack, type LocalStack } from "../../src/demo/local-stack.js";
import { createTestDatabase } from "../support/test-database.js";

let stack: LocalStack;
let seed: DemoSeed;

beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase() });
  seed = await seedDemo(stack.domain);
});
afterAll(() => stack.close());

describe("a head who blocks the bot", () => {
  it("is marked so jobs stop sending, and unmarked when they unblock it", async () => {
    const persona = seed.personas.find((p) => p.key === "head2")!;
    const user = stack.server.user(persona.telegramUser);
    await user.send(`/start ${persona.inviteCode}`);
    const person = () => stack.db.prisma.person.findFirstOrThrow({ where: { telegramId: BigInt(persona.telegramUser.id) } });

    await user.block();
    expect((await person()).blockedBotAt).not.toBeNull();

    await user.unblock();
    expect((await person()).blockedBotAt).toBeNull();
  });

  it("a stranger blocking the bot gets no message (nothing to send to)", async () => {
    const stranger = stack.server.user({ id: 555_001, first_name: "Незнакомец" });
    await stranger.send("привет");
    const before = stranger.messages().length;
    await stranger.block();
    await stranger.unblock();
    expect(stranger.messages()).toHaveLength(before);
  });
});
