import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { composeApp } from "../../src/compose-app.js";
import { startLocalStack, type LocalStack } from "../../src/demo/local-stack.js";
import { claimUpdateOnce } from "../../src/jobs/db-run-coordinator.js";
import { createTestDatabase } from "../support/test-database.js";

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase() });
});
afterAll(() => stack.close());

describe("an update Telegram resends to a webhook", () => {
  it("is handled once, even by two processes sharing the database", async () => {
    const user = stack.server.user({ id: 777_001, first_name: "Пётр", language_code: "ru" });
    await user.send("/help"); // the chat exists now
    await stack.stopBot();
    const before = user.messages().length;

    const processes = [0, 1].map(() =>
      composeApp({
        config: { botToken: stack.server.token, botApiRoot: stack.server.apiRoot, defaultTimeZone: "Europe/Moscow" },
        db: stack.db,
        domain: stack.domain,
        logger: stack.logger,
        delivery: stack.dispatcher,
        claimUpdate: claimUpdateOnce(stack.db.sql, stack.domain.now),
      }).bot.bot,
    );
    await Promise.all(processes.map((bot) => bot.init()));
    const update: Update = {
      update_id: 424_242,
      message: { message_id: 99, date: 1, chat: { id: 777_001, type: "private", first_name: "Пётр" }, from: { id: 777_001, is_bot: false, first_name: "Пётр" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
    };
    await Promise.all([processes[0]!.handleUpdate(update), processes[1]!.handleUpdate(update), processes[0]!.handleUpdate(update)]);
    expect(user.messages().length - before).toBe(1);

    await processes[1]!.handleUpdate({ ...update, update_id: 424_243 });
    expect(user.messages().length - before).toBe(2);
    await stack.startBot();
  });
});
