import { InlineKeyboard, InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { createTranscript } from "../../emulator/index.js";
import { IRINA, startPollingBot, type PollingHarness } from "../support/polling-harness.js";

describe("transcript", () => {
  let harness: PollingHarness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it("renders a conversation as readable lines", async () => {
    harness = await startPollingBot((bot) => {
      bot.command("start", (ctx) =>
        ctx.reply("Добро пожаловать!\nВыберите раздел:", {
          reply_markup: new InlineKeyboard().text("Мониторинги", "mon").text("Поручения", "tasks").row().text("Помощь", "help"),
        }),
      );
      bot.callbackQuery("mon", async (ctx) => {
        await ctx.answerCallbackQuery({ text: "Загружаю…" });
        await ctx.editMessageText("Мониторинги: нет активных");
        await ctx.replyWithDocument(new InputFile(Buffer.alloc(2048), "итоги.xlsx"), { caption: "Итоги" });
      });
    });
    const transcript = createTranscript(harness.server);
    const irina = harness.server.user(IRINA);
    await irina.send("/start 8f3k2");
    await irina.press("Мониторинги");
    transcript.stop();
    expect(transcript.text()).toBe(
      [
        "👤 Ирина Петрова: /start 8f3k2",
        "🤖 → Ирина Петрова: Добро пожаловать!",
        "      Выберите раздел:",
        "      [ Мониторинги ] [ Поручения ]",
        "      [ Помощь ]",
        "👤 Ирина Петрова нажимает [ Мониторинги ]",
        "🤖 ⓘ Ирина Петрова: Загружаю…",
        "🤖 ✎ Ирина Петрова: (edited) Мониторинги: нет активных",
        "🤖 📎 → Ирина Петрова: итоги.xlsx (2.0 KB) — Итоги",
      ].join("\n"),
    );
  });
});
