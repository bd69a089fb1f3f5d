// How the terminal sandbox shows what happens: the chat of the person you play in full, with numbered
// buttons ("[1] 📋 Мониторинги  [2] …") to press with #1; other people's chats as one short line each.
import type { EmulatorEvent } from "../../emulator/index.js";

const INDENT = "   ";

export interface ChatViewOptions {
  /** The chat shown in full: the persona currently played. */
  currentChatId: number;
  /** Names by chat id ("Сергей Николаев (head2)"). */
  names: Readonly<Record<number, string>>;
}

/** Lines to print for one event; none for what nobody would see (typing…, a silent callback answer). */
export function chatViewLines(event: EmulatorEvent, options: ChatViewOptions): string[] {
  if (event.type === "api-error") return [`⛔ Bot API: ${event.method} → ${event.errorCode} ${event.description}`];
  if (event.type === "webhook-error") return [`⛔ webhook: ${event.reason}`];
  if (!("chatId" in event)) return [];
  if (event.chatId !== options.currentChatId) return otherChat(event, options.names[event.chatId] ?? event.chatTitle);
  switch (event.type) {
    case "bot-message":
      return [...block("🤖 ", event.text), ...numberedButtons(event.buttons)];
    case "bot-edit":
      return [...block("🤖 ✎ ", event.text), ...numberedButtons(event.buttons)];
    case "bot-document":
      return [
        `🤖 📎 ${event.filename} (${formatSize(event.size)})${event.caption ? ` — ${event.caption.replace(/\n/g, " ")}` : ""}`,
        ...numberedButtons(event.buttons),
      ];
    case "bot-delete":
      return [`🤖 🗑 (сообщение удалено)`];
    case "callback-answer":
      return event.text ? [`🤖 ${event.showAlert ? "⚠" : "ⓘ"} ${event.text}`] : [];
    default:
      // The person's own messages and presses are what they just typed.
      return [];
  }
}

/** Buttons numbered from 1 across rows, as `SimulatedUser.pressIndex` counts them; one line per row. */
export function numberedButtons(rows: string[][]): string[] {
  let number = 0;
  return rows
    .filter((row) => row.length > 0)
    .map((row) => INDENT + row.map((text) => `[${(number += 1)}] ${text}`).join("  "));
}

function otherChat(event: EmulatorEvent, name: string): string[] {
  switch (event.type) {
    case "bot-message":
    case "bot-edit":
      return [`${INDENT}✉ ${name} получает: ${firstLine(event.text)}`];
    case "bot-document":
      return [`${INDENT}✉ ${name} получает файл ${event.filename}`];
    default:
      return [];
  }
}

function block(prefix: string, text: string): string[] {
  const [first = "", ...rest] = text.split("\n");
  return [prefix + first, ...rest.map((line) => (line ? INDENT + line : ""))];
}

function firstLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 90 ? `${line.slice(0, 90)}…` : line;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  return `${(bytes / 1024).toFixed(1).replace(".", ",")} КБ`;
}
