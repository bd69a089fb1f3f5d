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

const persona = (key: string) => seed.personas.find((p) => p.key === key)!;

describe("onboarding with an invite", () => {
  it("a school head opens a valid invite and sees the head's menu", async () => {
    const head = persona("head1");
    const user = stack.server.user(head.telegramUser);
    const { replies } = await user.send(`/start ${head.inviteCode}`);
    expect(replies[0]!.text).toContain("Добро пожаловать");
    expect(replies[0]!.text).toContain("руководитель ОО");
    const menu = replies.at(-1)!;
    expect(menu.buttons.flat()).toEqual(expect.arrayContaining(["📋 Мониторинги", "❓ Помощь"]));
    expect(user.commands().map((c) => c.command)).toContain("forms");
  });
});
