import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, InlineKeyboard } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startBotApiServer } from "../../emulator/index.js";
import { IRINA, OLEG, startPollingBot, type PollingHarness } from "../support/polling-harness.js";

/** Runs an API call and returns the GrammyError it fails with. */
async function apiError(call: Promise<unknown>): Promise<GrammyError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GrammyError)) throw new Error(`expected a GrammyError, got ${String(error)}`);
  return error;
}

describe("errors the emulator answers like Telegram", () => {
  let harness: PollingHarness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it("retries a 429 with auto-retry after retry_after", async () => {
    harness = await startPollingBot((bot) => {
      bot.api.config.use(autoRetry());
      bot.on("message", (ctx) => ctx.reply("дошло"));
    });
    harness.server.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    const irina = harness.server.user(IRINA);
    const started = Date.now();
    await irina.send("привет");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(irina.lastMessage()?.text).toBe("дошло");
    expect(harness.server.callsTo("sendMessage").map((c) => c.response?.ok)).toEqual([false, true]);
  });

  it("validates message text, keyboards and formatting", async () => {
    const errors: string[] = [];
    harness = await startPollingBot((bot) =>
      bot.on("message", async (ctx) => {
        const attempts = [
          () => ctx.reply(""),
          () => ctx.reply("x".repeat(4097)),
          () => ctx.reply("меню", { reply_markup: new InlineKeyboard().text("Длинно", "d".repeat(65)) }),
          () => ctx.reply("Школа <№1>", { parse_mode: "HTML" }),
          () => ctx.reply("Итого: 5.", { parse_mode: "MarkdownV2" }),
          () => ctx.api.editMessageText(ctx.chat.id, 999, "нет такого"),
          () => ctx.api.deleteMessage(ctx.chat.id, 999),
        ];
        for (const attempt of attempts) await attempt().catch((e: GrammyError) => errors.push(`${e.error_code} ${e.description}`));
      }),
    );
    await harness.server.user(IRINA).send("go");
    expect(errors).toEqual([
      "400 Bad Request: message text is empty",
      "400 Bad Request: message is too long",
      "400 Bad Request: BUTTON_DATA_INVALID",
      '400 Bad Request: can\'t parse entities: Unsupported start tag "№1" at byte offset 11',
      "400 Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
      "400 Bad Request: message to edit not found",
      "400 Bad Request: message to delete not found",
    ]);
  });

  it("answers 403 for a user who blocked the bot or never started it", async () => {
    const errors: string[] = [];
    const memberUpdates: string[] = [];
    harness = await startPollingBot((bot) => {
      bot.on("my_chat_member", (ctx) => {
        memberUpdates.push(ctx.myChatMember.new_chat_member.status);
      });
      bot.command("notify", async (ctx) => {
        for (const id of [IRINA.id, OLEG.id]) {
          await ctx.api.sendMessage(id, "напоминание").catch((e: GrammyError) => errors.push(`${e.error_code} ${e.description}`));
        }
      });
    });
    const irina = harness.server.user(IRINA);
    harness.server.user(OLEG);
    const admin = harness.server.user({ id: 1, first_name: "Admin" });
    await irina.send("hello");
    await irina.block();
    await admin.send("/notify");
    expect(errors).toEqual(["403 Forbidden: bot was blocked by the user", "403 Forbidden: bot can't initiate conversation with a user"]);
    await expect(irina.send("hi")).rejects.toThrow(/blocked the bot/);
    await irina.unblock();
    expect(memberUpdates).toEqual(["kicked", "member"]);
  });

  it("answers 401 for a wrong token and 404 for an unknown method, and logs the latter", async () => {
    const server = await startBotApiServer({ token: "42:secret" });
    try {
      const wrong = new Bot("42:wrong", { client: { apiRoot: server.apiRoot } });
      expect((await apiError(wrong.api.getMe())).error_code).toBe(401);
      const bot = new Bot(server.token, { client: { apiRoot: server.apiRoot } });
      expect(await bot.api.getMe()).toMatchObject({ id: 42, is_bot: true });
      const unknown = await apiError(bot.api.raw.sendDice({ chat_id: 1 }));
      expect([unknown.error_code, unknown.description]).toEqual([404, "Not Found: method not found"]);
      expect(server.callsTo("sendDice")).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("ends a second concurrent getUpdates with 409 Conflict", async () => {
    harness = await startPollingBot(() => undefined);
    const second = new Bot(harness.server.token, { client: { apiRoot: harness.server.apiRoot } });
    const waitingPoll = () => harness?.server.callsTo("getUpdates").find((call) => call.response === undefined);
    // Let the first bot's long poll start before the second one arrives.
    await vi.waitFor(() => expect(waitingPoll()).toBeDefined());
    const firstPoll = waitingPoll();
    await second.api.getUpdates({ offset: 0, timeout: 0 });
    await vi.waitFor(() => expect(firstPoll?.response).toMatchObject({ ok: false, error_code: 409 }));
    // grammY gives up polling on a 409, so bot.start() rejects with it.
    await vi.waitFor(() => expect(harness?.bot.isRunning()).toBe(false));
    await expect(harness.stop()).rejects.toMatchObject({ error_code: 409 });
    harness = undefined;
  });

  it("times out with a clear message when no bot is running", async () => {
    const server = await startBotApiServer({ userTimeoutMs: 100 });
    try {
      await expect(server.user(IRINA).send("/start")).rejects.toThrow(
        /Ирина Петрова \(id 1001\): update #1 \("\/start"\) was not handled within 100 ms/,
      );
    } finally {
      await server.close();
    }
  });
});
