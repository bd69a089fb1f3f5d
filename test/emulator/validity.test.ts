// The emulator refuses what Telegram refuses, so a test catches a screen that would fail for real.
import { GrammyError, InlineKeyboard } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { IRINA, startPollingBot, type PollingHarness } from "../support/polling-harness.js";

let harness: PollingHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof GrammyError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return `${error.error_code} ${error.description}`;
}

describe("Telegram's limits in the emulator", () => {
  it("refuses text over 4096 characters after parsing (tags do not count), captions over 1024, 101 buttons, lone surrogates", async () => {
    harness = await startPollingBot(() => undefined);
    const irina = harness.server.user(IRINA);
    await irina.send("/start");
    const api = harness.bot.api;
    const chat = IRINA.id;
    await api.sendMessage(chat, `<b>${"я".repeat(4096)}</b>`, { parse_mode: "HTML" }); // 4096 visible: fits
    expect(await refusal(api.sendMessage(chat, "я".repeat(4097)))).toMatch(/^400 .*too long/);
    expect(await refusal(api.sendMessage(chat, `обрезано посреди эмодзи ${"👍".slice(0, 1)}`))).toMatch(/^400 .*UTF-8/);
    const half = new InlineKeyboard().text(`кнопка ${"👍".slice(0, 1)}`, "x:1");
    expect(await refusal(api.sendMessage(chat, "кнопки", { reply_markup: half }))).toMatch(/^400 .*UTF-8/);
    const many = new InlineKeyboard();
    for (let i = 0; i < 101; i++) many.text(String(i), `x:${i}`).row();
    expect(await refusal(api.sendMessage(chat, "кнопки", { reply_markup: many }))).toMatch(/^400/);
    const doc = { source: Buffer.from("a"), filename: "a.txt" };
    const { InputFile } = await import("grammy");
    expect(await refusal(api.sendDocument(chat, new InputFile(doc.source, doc.filename), { caption: "я".repeat(1025) }))).toMatch(/^400 .*caption is too long/);
  });
});
