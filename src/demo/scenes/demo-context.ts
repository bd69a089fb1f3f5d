// What every scene of the scripted demo works with: the running stack, the seeded personas as simulated
// Telegram users, and small helpers that act, print and check. Every step checks what the bot answered, so a
// demo that stops making sense fails loudly instead of printing a transcript of a broken bot.
import type { LocalStack } from "../local-stack.js";
import type { DemoPersonaKey } from "../demo-data.js";
import type { DemoPersona, DemoSeed } from "../seed-demo.js";
import type { ChatMessageView, Handled, SimulatedUser, UserProfile } from "../../../emulator/index.js";
import type { ButtonMatcher } from "../../../emulator/inline-buttons.js";
import { formatLocal } from "../../domain/time/zoned-time.js";

/** A step of the demo did not get the answer the script expects. */
export class DemoStepError extends Error {
  override name = "DemoStepError";
}

/** What a reply is checked against: text it must contain, a pattern, or a predicate. */
export type ReplyCheck = string | RegExp | ((message: ChatMessageView) => boolean);

export interface DemoScene {
  /** The heading printed above the scene, e.g. "Сцена 1. Приглашения и вход". */
  title: string;
  run(demo: DemoContext): Promise<void>;
}

export interface DemoContextOptions {
  stack: LocalStack;
  seed: DemoSeed;
  /** Where narration goes (the transcript lines go there too, through the runner). */
  out: (line: string) => void;
  /** Transcript lines are printed only while this says so (see `quietly`). */
  setMuted: (muted: boolean) => void;
}

export class DemoContext {
  readonly stack: LocalStack;
  readonly seed: DemoSeed;
  private readonly out: (line: string) => void;
  private readonly setMuted: (muted: boolean) => void;
  /** Shared between scenes: what one scene created and a later one uses. */
  readonly facts: { campaignTitle?: string } = {};

  constructor(options: DemoContextOptions) {
    this.stack = options.stack;
    this.seed = options.seed;
    this.out = options.out;
    this.setMuted = options.setMuted;
  }

  persona(key: DemoPersonaKey): DemoPersona {
    const found = this.seed.personas.find((p) => p.key === key);
    if (!found) throw new DemoStepError(`no demo persona "${key}"`);
    return found;
  }

  /** The persona as a Telegram user of the local Bot API. */
  user(key: DemoPersonaKey): SimulatedUser {
    return this.stack.server.user(this.persona(key).telegramUser);
  }

  /** Someone without an invite. */
  stranger(profile: UserProfile): SimulatedUser {
    return this.stack.server.user(profile);
  }

  /** A line of narration, set apart from the chat lines. */
  note(text: string): void {
    for (const line of text.split("\n")) this.out(`   ▸ ${line}`);
  }

  /** Printed as-is (CLI output, blank lines). */
  print(line = ""): void {
    this.out(line);
  }

  /** Moves the demo clock and says so: "🕒 вторник, 24.11.2026 10:15 (Europe/Moscow)". */
  at(iso: string, what?: string): void {
    const moment = new Date(iso);
    this.stack.clock.set(moment);
    const zone = this.seed.municipality.timeZone;
    const weekday = new Intl.DateTimeFormat("ru-RU", { weekday: "long", timeZone: zone }).format(moment);
    this.out(`🕒 ${weekday}, ${formatLocal(moment, zone)} (${zone === "Europe/Moscow" ? "МСК" : zone})${what ? ` — ${what}` : ""}`);
  }

  /** Runs steps without printing their chat lines (a one-line note says what happened instead). */
  async quietly<T>(run: () => Promise<T>): Promise<T> {
    this.setMuted(true);
    try {
      return await run();
    } finally {
      this.setMuted(false);
    }
  }

  /** The user sends a message; one of the bot's replies must match `expect`. Returns that reply. */
  async send(key: DemoPersonaKey | SimulatedUser, text: string, expect: ReplyCheck): Promise<ChatMessageView> {
    const user = typeof key === "string" ? this.user(key) : key;
    const handled = await user.send(text);
    return this.expectReply(user, handled, expect, `«${text}»`);
  }

  /** The user presses a button of the newest bot message with buttons; a reply (or an edit) must match. */
  async press(key: DemoPersonaKey, button: ButtonMatcher, expect: ReplyCheck): Promise<ChatMessageView> {
    const user = this.user(key);
    const before = user.lastMessage();
    const handled = await user.press(button);
    // A press may edit the pressed message instead of sending a new one.
    const edited = user.messages().filter((m) => m.edited && m.messageId <= (before?.messageId ?? 0));
    return this.expectReply(user, { ...handled, replies: [...handled.replies, ...edited] }, expect, `[${String(button)}]`);
  }

  /** The newest bot message this user has; it must match `expect` (for messages that other people's actions caused). */
  expectLast(key: DemoPersonaKey, expect: ReplyCheck, what: string): ChatMessageView {
    const user = this.user(key);
    const last = user.lastMessage();
    if (!last || !matches(last, expect)) {
      throw new DemoStepError(
        `${user.name}: expected ${what} (${describeCheck(expect)}), but the newest bot message is: ${last ? quote(last.text) : "(none)"}`,
      );
    }
    return last;
  }

  private expectReply(user: SimulatedUser, handled: Handled, expect: ReplyCheck, action: string): ChatMessageView {
    const found = handled.replies.find((reply) => matches(reply, expect));
    if (found) return found;
    const got = handled.replies.length === 0 ? "no reply at all" : handled.replies.map((r) => quote(r.text)).join(" | ");
    throw new DemoStepError(`${user.name} ${action}: expected a reply ${describeCheck(expect)}, got ${got}`);
  }
}

/** A reply check: the message carries a button with exactly this text. */
export const hasButton =
  (text: string) =>
  (message: ChatMessageView): boolean =>
    message.buttons.flat().includes(text);

function matches(message: ChatMessageView, check: ReplyCheck): boolean {
  const text = message.document ? `${message.document.filename}\n${message.text}` : message.text;
  if (typeof check === "string") return text.includes(check);
  if (check instanceof RegExp) return check.test(text);
  return check(message);
}

function describeCheck(check: ReplyCheck): string {
  if (typeof check === "string") return `containing ${quote(check)}`;
  return check instanceof RegExp ? `matching ${String(check)}` : "passing the check";
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return `«${flat.length > 160 ? `${flat.slice(0, 160)}…` : flat}»`;
}
