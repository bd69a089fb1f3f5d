import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, GrammyError, webhookCallback } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { startBotApiServer, type BotApiServer } from "../../emulator/index.js";
import { IRINA } from "../support/polling-harness.js";

const SECRET = "s3cret_token-1";

describe("emulator in webhook mode", () => {
  let emulator: BotApiServer | undefined;
  let webhookServer: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (webhookServer ? webhookServer.close(resolve) : resolve(undefined)));
    await emulator?.close();
  });

  /** A grammY bot behind a node:http webhook endpoint; records the secret header it receives. */
  async function startWebhookBot() {
    emulator = await startBotApiServer();
    const bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
    bot.on("message:text", (ctx) => ctx.reply(`Принято: ${ctx.message.text}`));
    const secrets: (string | undefined)[] = [];
    const handle = webhookCallback(bot, "http", { secretToken: SECRET });
    webhookServer = createServer((request, response) => {
      secrets.push(request.headers["x-telegram-bot-api-secret-token"] as string | undefined);
      void handle(request, response);
    });
    await new Promise<void>((resolve) => webhookServer!.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(webhookServer.address() as AddressInfo).port}/webhook`;
    return { bot, url, secrets };
  }

  it("POSTs updates with the secret header and waits for the webhook's answer", async () => {
    const { bot, url, secrets } = await startWebhookBot();
    await bot.api.setWebhook(url, { secret_token: SECRET });
    const irina = emulator!.user(IRINA);

    const { replies } = await irina.send("первый");
    await irina.send("второй");
    expect(replies.map((m) => m.text)).toEqual(["Принято: первый"]);
    expect(irina.messages().map((m) => m.text)).toEqual(["Принято: первый", "Принято: второй"]);
    expect(secrets).toEqual([SECRET, SECRET]);
    expect(await bot.api.getWebhookInfo()).toMatchObject({ url, pending_update_count: 0 });

    // Telegram refuses long polling while a webhook is set.
    const conflict = await bot.api.getUpdates().catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(GrammyError);
    expect((conflict as GrammyError).error_code).toBe(409);
  });

  it("fails the update when grammY rejects a wrong secret", async () => {
    const { bot, url } = await startWebhookBot();
    await bot.api.setWebhook(url, { secret_token: "not-the-secret" });
    const irina = emulator!.user(IRINA);
    await expect(irina.send("привет")).rejects.toThrow(/Wrong response from the webhook: 401/);
    expect(irina.messages()).toEqual([]);
    expect((await bot.api.getWebhookInfo()).last_error_message).toContain("401");
  });

  it("executes a method returned in the webhook response (webhook reply)", async () => {
    emulator = await startBotApiServer();
    const bot = new Bot(emulator.token, {
      client: { apiRoot: emulator.apiRoot, canUseWebhookReply: (method) => method === "sendMessage" },
    });
    bot.on("message:text", (ctx) => ctx.reply("ответ в теле вебхука"));
    const handle = webhookCallback(bot, "http");
    webhookServer = createServer((request, response) => void handle(request, response));
    await new Promise<void>((resolve) => webhookServer!.listen(0, "127.0.0.1", resolve));
    await bot.api.setWebhook(`http://127.0.0.1:${(webhookServer.address() as AddressInfo).port}/`);

    const irina = emulator.user(IRINA);
    await irina.send("привет");
    expect(irina.lastMessage()?.text).toBe("ответ в теле вебхука");
    expect(emulator.callsTo("sendMessage")[0]?.via).toBe("webhook-reply");
  });
});
