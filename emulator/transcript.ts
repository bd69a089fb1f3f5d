import type { BotApiServer } from "./bot-api-server.js";
import type { EmulatorEvent } from "./events.js";
import { displayName } from "./user-profile.js";

export interface TranscriptOptions {
  /** Display names by chat/user id, overriding the names from the profiles. */
  names?: Readonly<Record<number, string>>;
  /** Show "typing…" and other chat actions (noisy; off by default). */
  showChatActions?: boolean;
}

const INDENT = "      ";

/**
 * One event as transcript lines (joined with "\n"), or undefined for events a
 * user would not see (e.g. a callback answer without text).
 */
export function formatEvent(event: EmulatorEvent, options: TranscriptOptions = {}): string | undefined {
  const chatName = (chatId: number, fallback: string) => options.names?.[chatId] ?? fallback;
  switch (event.type) {
    case "user-message": {
      const name = chatName(event.user.id, displayName(event.user));
      if (event.document) {
        const caption = event.text ? ` — ${event.text}` : "";
        return `👤 ${name} 📎 ${event.document.filename} (${formatSize(event.document.size)})${caption}`;
      }
      return `👤 ${name}: ${indentContinuation(event.text)}`;
    }
    case "button-press": {
      const name = chatName(event.user.id, displayName(event.user));
      return event.buttonText === undefined
        ? `👤 ${name} отправляет callback "${event.data}"`
        : `👤 ${name} нажимает [ ${event.buttonText} ]`;
    }
    case "user-block":
      return `👤 ${chatName(event.user.id, displayName(event.user))} ${event.blocked ? "блокирует бота" : "разблокирует бота"}`;
    case "bot-message":
      return withKeyboards(`🤖 → ${chatName(event.chatId, event.chatTitle)}: ${indentContinuation(event.text)}`, event.buttons, event);
    case "bot-edit":
      return withKeyboards(`🤖 ✎ ${chatName(event.chatId, event.chatTitle)}: (edited) ${indentContinuation(event.text)}`, event.buttons);
    case "bot-delete":
      return `🤖 🗑 ${chatName(event.chatId, event.chatTitle)}: сообщение #${event.messageId} удалено`;
    case "bot-document": {
      const icon = event.kind === "photo" ? "🖼" : "📎";
      const caption = event.caption ? ` — ${indentContinuation(event.caption)}` : "";
      const head = `🤖 ${icon} → ${chatName(event.chatId, event.chatTitle)}: ${event.filename} (${formatSize(event.size)})${caption}`;
      return withKeyboards(head, event.buttons);
    }
    case "callback-answer":
      if (!event.text) return undefined;
      return `🤖 ${event.showAlert ? "⚠" : "ⓘ"} ${chatName(event.chatId, event.chatTitle)}: ${event.text}`;
    case "chat-action":
      return options.showChatActions ? `🤖 … ${chatName(event.chatId, event.chatTitle)}: ${event.action}` : undefined;
    case "api-error":
      return `⛔ ${event.method} → ${event.errorCode} ${event.description}`;
    case "webhook-error":
      return `⛔ webhook, update #${event.updateId}: ${event.reason}`;
  }
}

export interface Transcript {
  /** Lines so far (an event may produce several). */
  readonly lines: string[];
  text(): string;
  /** Stops recording. */
  stop(): void;
}

/** Records a transcript of everything that happens on the server from now on. */
export function createTranscript(
  server: Pick<BotApiServer, "onEvent">,
  options: TranscriptOptions & { onLine?: (line: string) => void } = {},
): Transcript {
  const lines: string[] = [];
  const stop = server.onEvent((event) => {
    const formatted = formatEvent(event, options);
    if (formatted === undefined) return;
    for (const line of formatted.split("\n")) {
      lines.push(line);
      options.onLine?.(line);
    }
  });
  return { lines, text: () => lines.join("\n"), stop };
}

function withKeyboards(
  head: string,
  buttons: string[][],
  reply?: { replyKeyboard?: string[][]; removeKeyboard?: true },
): string {
  const lines = [head, ...buttons.map((row) => INDENT + row.map((text) => `[ ${text} ]`).join(" "))];
  for (const row of reply?.replyKeyboard ?? []) lines.push(`${INDENT}⌨ ${row.map((text) => `[ ${text} ]`).join(" ")}`);
  if (reply?.removeKeyboard) lines.push(`${INDENT}⌨ (клавиатура скрыта)`);
  return lines.join("\n");
}

/** Continuation lines of a multi-line text line up under its first line. */
function indentContinuation(text: string): string {
  return text.replace(/\n/g, `\n${INDENT}`);
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
