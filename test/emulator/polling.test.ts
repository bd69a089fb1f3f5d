import { Bot, InlineKeyboard } from "grammy";
import { startBotApiServer } from "../../emulator/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { IRINA, OLEG, startPollingBot, type PollingHarness } from "../support/polling-harness.js";

describe("emulator with a polling grammY bot", () => {
  let harness: PollingHarness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it("delivers text and commands, and shows the bot's replies once handled", async () => {
    let payload: string | undefined;
    harness = await startPollingBot((bot) => {
      bot.command("start", async (ctx) => {
        payload = ctx.match;
        await ctx.reply(`Добро пожаловать, ${ctx.from?.first_name}!`);
      });
      bot.on("message:text", (ctx) => ctx.reply(`Эхо: ${ctx.message.text}`));
    });
    const irina = harness.server.user(IRINA);

    const started = await irina.send("/start 8f3k2");
    expect(payload).toBe("8f3k2");
    expect(started.replies.map((m) => m.text)).toEqual(["Добро пожаловать, Ирина!"]);

    await irina.send("привет");
    expect(irina.lastMessage()?.text).toBe("Эхо: привет");
    expect(irina.messages()).toHaveLength(2);
    // Message ids are per chat and count the user's messages too.
    expect(irina.messages().map((m) => m.messageId)).toEqual([2, 4]);
  });

  it("keeps chats apart and numbers messages per chat", async () => {
    harness = await startPollingBot((bot) => bot.on("message:text", (ctx) => ctx.reply(ctx.chat.id.toString())));
    const irina = harness.server.user(IRINA);
    const oleg = harness.server.user(OLEG);
    await Promise.all([irina.send("a"), oleg.send("b")]);
    expect(irina.messages().map((m) => m.text)).toEqual([String(IRINA.id)]);
    expect(oleg.messages().map((m) => [m.messageId, m.text])).toEqual([[2, String(OLEG.id)]]);
    expect(harness.server.user(IRINA.id)).toBe(irina);
  });

  it("presses inline buttons: callback answer and edited message", async () => {
    harness = await startPollingBot((bot) => {
      bot.command("menu", (ctx) =>
        ctx.reply("Главное меню", {
          reply_markup: new InlineKeyboard().text("Мониторинги", "mon").text("Поручения", "tasks").row().text("Помощь", "help"),
        }),
      );
      bot.callbackQuery("mon", async (ctx) => {
        await ctx.answerCallbackQuery({ text: "Открываю" });
        await ctx.editMessageText("Мониторинги: 2 активных", {
          reply_markup: new InlineKeyboard().text("Назад", "back"),
        });
      });
    });
    const irina = harness.server.user(IRINA);
    await irina.send("/menu");
    expect(irina.lastMessage()?.buttons).toEqual([["Мониторинги", "Поручения"], ["Помощь"]]);
    expect(irina.buttons().map((b) => `${b.number}:${b.text}`)).toEqual(["1:Мониторинги", "2:Поручения", "3:Помощь"]);

    const pressed = await irina.press("Мониторинги");
    expect(pressed.answer).toMatchObject({ text: "Открываю", showAlert: false });
    const menu = irina.lastMessage();
    expect(menu).toMatchObject({ text: "Мониторинги: 2 активных", edited: true, buttons: [["Назад"]], callbackData: [["back"]] });
    expect(irina.messages()).toHaveLength(1);
    expect(irina.callbackAnswers().map((a) => a.text)).toEqual(["Открываю"]);
  });

  it("explains which buttons exist when none matches, and presses by number", async () => {
    harness = await startPollingBot((bot) => {
      bot.command("menu", (ctx) => ctx.reply("Меню", { reply_markup: new InlineKeyboard().text("Да", "yes").text("Нет", "no") }));
      bot.on("callback_query:data", async (ctx) => {
        await ctx.answerCallbackQuery();
        await ctx.reply(`Вы выбрали ${ctx.callbackQuery.data}`);
      });
    });
    const irina = harness.server.user(IRINA);
    await irina.send("/menu");
    await expect(irina.press("Может быть")).rejects.toThrow(/no button matching "Может быть".*\[Да\] \[Нет\]/);
    const pressed = await irina.pressIndex(2);
    expect(pressed.replies.map((m) => m.text)).toEqual(["Вы выбрали no"]);
    const forged = await irina.pressData("admin:drop-all");
    expect(forged.replies.map((m) => m.text)).toEqual(["Вы выбрали admin:drop-all"]);
  });

  it("refuses an edit that changes nothing, and a second answer to the same query", async () => {
    const errors: string[] = [];
    harness = await startPollingBot((bot) => {
      bot.command("menu", (ctx) => ctx.reply("Меню", { reply_markup: new InlineKeyboard().text("Обновить", "refresh") }));
      bot.callbackQuery("refresh", async (ctx) => {
        await ctx.answerCallbackQuery();
        await ctx.answerCallbackQuery().catch((e: Error) => errors.push(e.message));
        await ctx
          .editMessageText("Меню", { reply_markup: new InlineKeyboard().text("Обновить", "refresh") })
          .catch((e: Error) => errors.push(e.message));
      });
    });
    const irina = harness.server.user(IRINA);
    await irina.send("/menu");
    await irina.press("Обновить");
    expect(errors).toEqual([
      expect.stringContaining("query is too old and response timeout expired or query ID is invalid"),
      expect.stringContaining("message is not modified"),
    ]);
  });

  it("logs every call and emits events", async () => {
    harness = await startPollingBot((bot) => bot.on("message", (ctx) => ctx.reply("ok")));
    const events: string[] = [];
    harness.server.onEvent((event) => events.push(event.type));
    await harness.server.user(IRINA).send("hi");
    expect(events).toEqual(["user-message", "bot-message"]);
    expect(harness.server.callsTo("sendMessage")[0]?.payload).toMatchObject({ chat_id: IRINA.id, text: "ok" });
    expect(harness.server.calls.map((c) => c.method)).toContain("getUpdates");
  });

  it("stops and restarts the bot without spurious errors (bot.stop() races its own aborted poll)", async () => {
    const server = await startBotApiServer();
    const errors: string[] = [];
    server.onEvent((event) => {
      if (event.type === "api-error") errors.push(event.description);
    });
    try {
      for (let round = 0; round < 5; round += 1) {
        const bot = new Bot(server.token, { client: { apiRoot: server.apiRoot } });
        bot.on("message", (ctx) => ctx.reply("ok"));
        const running = bot.start();
        await server.user(IRINA).send(`round ${round}`);
        await bot.stop();
        await running;
      }
      expect(server.user(IRINA).messages()).toHaveLength(5);
    } finally {
      await server.close();
    }
    expect(errors).toEqual([]);
  });
});
