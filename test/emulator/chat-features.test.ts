import { InlineKeyboard, Keyboard } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { IRINA, startPollingBot, type PollingHarness } from "../support/polling-harness.js";

describe("chat features", () => {
  let harness: PollingHarness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it("stores commands per scope and language and resolves a user's menu", async () => {
    harness = await startPollingBot((bot) =>
      bot.command("setup", async (ctx) => {
        await ctx.api.setMyCommands([{ command: "start", description: "Start" }]);
        await ctx.api.setMyCommands([{ command: "start", description: "Начать" }], { language_code: "ru" });
        await ctx.api.setMyCommands([{ command: "admin", description: "Админка" }], {
          scope: { type: "chat", chat_id: ctx.chat.id },
        });
        await ctx.api.setChatMenuButton({ menu_button: { type: "commands" } });
        const bad = await ctx.api.setMyCommands([{ command: "Bad-Name", description: "x" }]).catch((e: Error) => e.message);
        await ctx.reply(String(bad));
      }),
    );
    const irina = harness.server.user(IRINA);
    await irina.send("/setup");
    expect(irina.lastMessage()?.text).toContain("BOT_COMMAND_INVALID");
    expect(harness.server.commands()).toEqual([{ command: "start", description: "Start" }]);
    expect(harness.server.commands({ type: "default" }, "ru")).toEqual([{ command: "start", description: "Начать" }]);
    expect(irina.commands()).toEqual([{ command: "admin", description: "Админка" }]);
    expect(await harness.bot.api.getMyCommands({ language_code: "ru" })).toEqual([{ command: "start", description: "Начать" }]);
    await harness.bot.api.deleteMyCommands({ scope: { type: "chat", chat_id: IRINA.id } });
    expect(irina.commands()).toEqual([{ command: "start", description: "Начать" }]);
  });

  it("drops empty inline keyboard rows, as Telegram does (grammY's trailing .row() leaves one)", async () => {
    harness = await startPollingBot((bot) =>
      bot.command("menu", (ctx) => ctx.reply("Меню", { reply_markup: new InlineKeyboard().text("А", "a").row().row().text("Б", "b").row() })),
    );
    const irina = harness.server.user(IRINA);
    await irina.send("/menu");
    expect(irina.lastMessage()?.buttons).toEqual([["А"], ["Б"]]);
  });

  it("tracks reply keyboards, replies, deletions and keyboard removal on edit", async () => {
    harness = await startPollingBot((bot) => {
      bot.command("ask", (ctx) =>
        ctx.reply("Вы директор?", { reply_markup: new Keyboard().text("Да").text("Нет").oneTime().resized() }),
      );
      bot.hears("Да", async (ctx) => {
        await ctx.replyWithChatAction("typing");
        const sent = await ctx.reply("Принято", {
          reply_parameters: { message_id: ctx.message!.message_id },
          reply_markup: new InlineKeyboard().text("Ок", "ok"),
        });
        // Telegram drops the inline keyboard when an edit omits reply_markup.
        await ctx.api.editMessageText(ctx.chat.id, sent.message_id, "Принято!");
        const note = await ctx.reply("временное");
        await ctx.api.deleteMessage(ctx.chat.id, note.message_id);
      });
    });
    const irina = harness.server.user(IRINA);
    await irina.send("/ask");
    expect(irina.replyKeyboard()).toEqual([["Да", "Нет"]]);
    expect(irina.lastMessage()?.replyKeyboard).toEqual([["Да", "Нет"]]);

    const mark = irina.mark();
    const { replies } = await irina.send("Да");
    expect(irina.replyKeyboard()).toBeUndefined();
    expect(replies.map((m) => m.text)).toEqual(["Принято!"]);
    expect(irina.messagesSince(mark)).toHaveLength(1);
    expect(irina.lastMessage()).toMatchObject({ buttons: [], edited: true, replyToMessageId: mark + 1 });
    expect(irina.messages({ includeDeleted: true }).at(-1)).toMatchObject({ text: "временное", deleted: true });
  });

  it("streams this chat's events to a subscriber (for the terminal sandbox)", async () => {
    harness = await startPollingBot((bot) => bot.on("message", (ctx) => ctx.reply("эхо")));
    const irina = harness.server.user(IRINA);
    const seen: string[] = [];
    const unsubscribe = irina.onEvent((event) => seen.push(event.type === "bot-message" ? `bot:${event.text}` : event.type));
    await irina.send("раз");
    unsubscribe();
    await irina.send("два");
    expect(seen).toEqual(["user-message", "bot:эхо"]);
  });
});
