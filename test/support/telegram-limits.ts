// What Telegram refuses, checked over every message a chat holds: until the emulator rejects oversize
// messages itself, the scale tests assert the limits here.
import { expect } from "vitest";
import type { ChatMessageView } from "../../emulator/index.js";

export const TELEGRAM = { text: 4096, caption: 1024, buttons: 100, callbackBytes: 64 } as const;

export function expectWithinTelegramLimits(messages: ChatMessageView[]): void {
  for (const m of messages) {
    const where = `message #${m.messageId}: ${m.text.slice(0, 80)}`;
    expect(m.text.length, where).toBeLessThanOrEqual(m.document || m.photo ? TELEGRAM.caption : TELEGRAM.text);
    expect(m.text.isWellFormed(), where).toBe(true);
    expect(m.buttons.flat().length, where).toBeLessThanOrEqual(TELEGRAM.buttons);
    for (const data of m.callbackData.flat()) expect(Buffer.byteLength(data), `${where}: ${data}`).toBeLessThanOrEqual(TELEGRAM.callbackBytes);
  }
}
