import type { BotCommand, InlineKeyboardButton, Message, MessageEntity, Update } from "grammy/types";
import type { EmulatedBotApi } from "./bot-api.js";
import type { CallbackAnswer } from "./callback-queries.js";
import type { ChatState } from "./chat-store.js";
import { unixTime } from "./clock.js";
import type { EmulatorEvent, EventListener } from "./events.js";
import { guessMimeType, type StoredFile } from "./file-store.js";
import {
  describeMatcher,
  findButton,
  listButtons,
  numberButtons,
  type ButtonMatcher,
  type NumberedButton,
} from "./inline-buttons.js";
import { viewOf, type ChatMessageView } from "./message-view.js";
import { buttonTexts } from "./reply-markup.js";
import { displayName, toTelegramUser, type UserProfile } from "./user-profile.js";
import { withTimeout } from "./with-timeout.js";

/** What came of an update once the bot finished handling it. */
export interface Handled {
  updateId: number;
  /** Bot messages that appeared in this chat while the update was handled. */
  replies: ChatMessageView[];
}

export interface PressResult extends Handled {
  queryId: string;
  /** The bot's answerCallbackQuery, if it answered. */
  answer: CallbackAnswer | undefined;
}

export interface SimulatedUserOptions {
  /** How long send/press/upload wait for the bot to finish handling. */
  timeoutMs: number;
}

/**
 * A person chatting with the bot. Every action becomes an update for the bot
 * and resolves once the bot has finished handling it (see `Handled`).
 */
export class SimulatedUser {
  private readonly chat: ChatState;

  constructor(
    private readonly api: EmulatedBotApi,
    readonly profile: UserProfile,
    private readonly options: SimulatedUserOptions,
  ) {
    this.chat = api.chats.openPrivate(profile);
  }

  /** The user pressed Start some time ago: the bot may write to them, though no update is sent now. */
  startedEarlier(): this {
    this.chat.started = true;
    return this;
  }

  get id(): number {
    return this.profile.id;
  }

  get chatId(): number {
    return this.chat.id;
  }

  /** "Ирина Петрова". */
  get name(): string {
    return displayName(this.profile);
  }

  get blocked(): boolean {
    return this.chat.blocked;
  }

  /** Sends a text message; "/start abc" carries a bot_command entity like on Telegram. */
  async send(text: string, options: { replyTo?: number } = {}): Promise<Handled> {
    this.assertNotBlocked();
    const entities = commandEntities(text);
    const replyTo = options.replyTo === undefined ? undefined : this.chat.find(options.replyTo);
    if (options.replyTo !== undefined && !replyTo) throw new Error(`${this.name}: no message #${options.replyTo} to reply to`);
    this.hideOneTimeKeyboard(text);
    const message = this.writeMessage({
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(replyTo ? { reply_to_message: { ...replyTo.message, reply_to_message: undefined } } : {}),
    });
    return this.deliver(message, `"${text}"`, { text });
  }

  /** Sends a text message with formatting, as Telegram delivers bold, italic or links the user typed. */
  async sendFormatted(text: string, entities: MessageEntity[]): Promise<Handled> {
    this.assertNotBlocked();
    const message = this.writeMessage({ text, ...(entities.length > 0 ? { entities } : {}) });
    return this.deliver(message, `"${text}"`, { text });
  }

  /** Sends a picture as a photo message (one size; the emulator does not decode images). */
  async uploadPhoto(filename: string, content: Buffer, caption?: string): Promise<Handled> {
    this.assertNotBlocked();
    const file = this.api.files.add("photo", filename, content, guessMimeType(filename));
    const message = this.writeMessage(
      {
        photo: [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 0, height: 0, file_size: content.length }],
        ...(caption ? { caption } : {}),
      },
      file,
    );
    return this.deliver(message, `photo "${filename}"`, { text: caption ?? "", document: { filename, size: content.length } });
  }

  /** Edits a text message this user sent earlier (Telegram sends the bot an edited_message). */
  async edit(messageId: number, text: string): Promise<Handled> {
    this.assertNotBlocked();
    const stored = this.chat.find(messageId);
    if (!stored || stored.sentBy !== "user") throw new Error(`${this.name}: no message #${messageId} of theirs to edit`);
    const edited = { ...stored.message, text, edit_date: unixTime() } as Message & Update.NonChannel & { edit_date: number };
    stored.message = edited;
    const mark = this.mark();
    const { update, handled } = this.api.updates.push((updateId) => ({ update_id: updateId, edited_message: edited }));
    await this.waitUntilHandled(handled, update, `editing #${messageId} to "${text}"`);
    return { updateId: update.update_id, replies: this.messagesSince(mark) };
  }

  /** Sends a file as a document message; the bot can getFile and download it. */
  async upload(filename: string, content: Buffer | string, mimeType?: string, caption?: string): Promise<Handled> {
    this.assertNotBlocked();
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const file = this.api.files.add("document", filename, bytes, mimeType ?? guessMimeType(filename));
    const message = this.writeMessage(
      {
        document: {
          file_id: file.fileId,
          file_unique_id: file.fileUniqueId,
          file_name: filename,
          file_size: bytes.length,
          ...(file.mimeType ? { mime_type: file.mimeType } : {}),
        },
        ...(caption ? { caption } : {}),
      },
      file,
    );
    return this.deliver(message, `document "${filename}"`, {
      text: caption ?? "",
      document: { filename, size: bytes.length },
    });
  }

  /** Presses an inline button of the newest bot message with an inline keyboard (or of `messageId`). */
  async press(matcher: ButtonMatcher, options: { messageId?: number } = {}): Promise<PressResult> {
    const target = this.keyboardMessage(options.messageId);
    const button = findButton(target.inlineKeyboard, matcher);
    if (!button) {
      throw new Error(
        `${this.name}: no button matching ${describeMatcher(matcher)} in message #${target.messageId}. ` +
          `Available: ${listButtons(target.buttons)}`,
      );
    }
    return this.pressButton(target, button);
  }

  /** Presses the button with this number, as listed by `buttons()`. */
  async pressIndex(number: number, options: { messageId?: number } = {}): Promise<PressResult> {
    const target = this.keyboardMessage(options.messageId);
    const button = target.inlineKeyboard.flat()[number - 1];
    if (!button) {
      throw new Error(`${this.name}: message #${target.messageId} has no button ${number}. Available: ${listButtons(target.buttons)}`);
    }
    return this.pressButton(target, button);
  }

  /**
   * Sends arbitrary callback data from a bot message, as a modified client
   * could: for testing that the bot rejects forged or stale data.
   */
  async pressData(data: string, messageId?: number): Promise<PressResult> {
    const target = messageId === undefined ? this.lastMessage() : this.botMessage(messageId);
    if (!target) throw new Error(`${this.name}: there is no bot message to press a button on`);
    return this.sendCallback(target, data, undefined);
  }

  /** Inline buttons of the newest bot message with a keyboard (or of `messageId`), numbered from 1. */
  buttons(options: { messageId?: number } = {}): NumberedButton[] {
    const target = options.messageId === undefined ? this.newestWithKeyboard() : this.botMessage(options.messageId);
    return target ? numberButtons(target.inlineKeyboard) : [];
  }

  /** The bot's messages in this chat, in their current state; deleted ones only on request. */
  messages(options: { includeDeleted?: boolean } = {}): ChatMessageView[] {
    return this.chat
      .all()
      .filter((stored) => stored.sentBy === "bot" && (options.includeDeleted || !stored.deleted))
      .map(viewOf);
  }

  lastMessage(): ChatMessageView | undefined {
    return this.messages().at(-1);
  }

  /** A bookmark for `messagesSince`: the last message id in the chat so far. */
  mark(): number {
    return this.chat.lastId;
  }

  /** Bot messages sent after `mark()` returned `mark`. */
  messagesSince(mark: number): ChatMessageView[] {
    return this.messages().filter((message) => message.messageId > mark);
  }

  /** The bot's answers to this user's button presses, oldest first. */
  callbackAnswers(): CallbackAnswer[] {
    return this.api.callbacks.answersFor(this.id);
  }

  /** The custom keyboard currently shown under the input field, if any. */
  replyKeyboard(): string[][] | undefined {
    return this.chat.replyKeyboard && buttonTexts(this.chat.replyKeyboard.keyboard);
  }

  /** The "/" command menu this user sees (scope and language resolved as Telegram does). */
  commands(): BotCommand[] {
    return this.api.commands.forPrivateChat(this.chat.id, this.profile.language_code);
  }

  /** Blocks the bot: it gets a my_chat_member update, and sending to this chat answers 403. */
  async block(): Promise<void> {
    await this.setBlocked(true);
  }

  async unblock(): Promise<void> {
    await this.setBlocked(false);
  }

  /** Subscribes to what happens in this chat; returns the function that unsubscribes. */
  onEvent(listener: EventListener): () => void {
    return this.api.events.on((event) => {
      if ("chatId" in event && event.chatId === this.chat.id) listener(event);
    });
  }

  private async pressButton(target: ChatMessageView, button: InlineKeyboardButton): Promise<PressResult> {
    if (!("callback_data" in button)) {
      throw new Error(`${this.name}: button "${button.text}" is not a callback button; pressing it sends nothing to the bot`);
    }
    return this.sendCallback(target, button.callback_data, button.text);
  }

  private async sendCallback(target: ChatMessageView, data: string, buttonText: string | undefined): Promise<PressResult> {
    this.assertNotBlocked();
    const queryId = this.api.callbacks.create(this.id, this.chat.id);
    const mark = this.mark();
    const { update, handled } = this.api.updates.push((updateId) => ({
      update_id: updateId,
      callback_query: {
        id: queryId,
        from: toTelegramUser(this.profile),
        message: target.message,
        chat_instance: String(this.chat.id),
        data,
      },
    }));
    this.emit({ type: "button-press", messageId: target.messageId, updateId: update.update_id, queryId, buttonText, data });
    await this.waitUntilHandled(handled, update, `button ${buttonText === undefined ? `data "${data}"` : `[${buttonText}]`}`);
    return {
      updateId: update.update_id,
      replies: this.messagesSince(mark),
      queryId,
      answer: this.api.callbacks.answerOf(queryId),
    };
  }

  private writeMessage(content: Partial<Message>, file?: StoredFile): Message & Update.NonChannel {
    this.chat.started = true;
    const stored = this.chat.add(
      "user",
      (messageId) => ({
        message_id: messageId,
        date: unixTime(),
        chat: this.chat.chat,
        from: toTelegramUser(this.profile),
        ...content,
      }),
      { file, markup: undefined },
    );
    return { ...stored.message, chat: this.chat.chat, from: toTelegramUser(this.profile) };
  }

  private async deliver(
    message: Message & Update.NonChannel,
    what: string,
    shown: { text: string; document?: { filename: string; size: number } },
  ): Promise<Handled> {
    const mark = message.message_id;
    const { update, handled } = this.api.updates.push((updateId) => ({ update_id: updateId, message }));
    this.emit({ type: "user-message", messageId: message.message_id, updateId: update.update_id, ...shown });
    await this.waitUntilHandled(handled, update, what);
    return { updateId: update.update_id, replies: this.messagesSince(mark) };
  }

  private async setBlocked(blocked: boolean): Promise<void> {
    if (this.chat.blocked === blocked) return;
    this.chat.blocked = blocked;
    const botAsMember = { user: this.api.botUser };
    const member = { ...botAsMember, status: "member" as const };
    const kicked = { ...botAsMember, status: "kicked" as const, until_date: 0 };
    const { update, handled } = this.api.updates.push((updateId) => ({
      update_id: updateId,
      my_chat_member: {
        chat: this.chat.chat,
        from: toTelegramUser(this.profile),
        date: unixTime(),
        old_chat_member: blocked ? member : kicked,
        new_chat_member: blocked ? kicked : member,
      },
    }));
    this.api.events.emit({ type: "user-block", chatId: this.chat.id, chatTitle: this.chat.title, user: this.profile, blocked });
    await this.waitUntilHandled(handled, update, blocked ? "blocking the bot" : "unblocking the bot");
  }

  private emit(
    event:
      | Omit<Extract<EmulatorEvent, { type: "user-message" }>, "chatId" | "chatTitle" | "user">
      | Omit<Extract<EmulatorEvent, { type: "button-press" }>, "chatId" | "chatTitle" | "user">,
  ): void {
    this.api.events.emit({ ...event, chatId: this.chat.id, chatTitle: this.chat.title, user: this.profile });
  }

  /**
   * Resolves when the bot confirmed the update: in polling mode when it asks
   * getUpdates for a higher offset (grammY does that after handling a batch),
   * in webhook mode when the webhook answered.
   */
  private async waitUntilHandled(handled: Promise<void>, update: Update, what: string): Promise<void> {
    const { timeoutMs } = this.options;
    await withTimeout(
      handled,
      timeoutMs,
      () =>
        new Error(
          `${this.name} (id ${this.id}): update #${update.update_id} (${what}) was not handled within ${timeoutMs} ms. ` +
            `Is the bot running (bot.start() or a webhook), and did its handler finish?`,
        ),
    );
  }

  /** A one-time keyboard hides once the user taps one of its buttons. */
  private hideOneTimeKeyboard(text: string): void {
    const keyboard = this.chat.replyKeyboard;
    if (keyboard?.one_time_keyboard && buttonTexts(keyboard.keyboard).flat().includes(text)) {
      this.chat.replyKeyboard = undefined;
    }
  }

  private assertNotBlocked(): void {
    if (this.chat.blocked) throw new Error(`${this.name} has blocked the bot; call unblock() first`);
  }

  private newestWithKeyboard(): ChatMessageView | undefined {
    return this.messages()
      .reverse()
      .find((message) => message.inlineKeyboard.length > 0);
  }

  private botMessage(messageId: number): ChatMessageView {
    const found = this.messages().find((message) => message.messageId === messageId);
    if (!found) throw new Error(`${this.name}: there is no bot message #${messageId} in the chat`);
    return found;
  }

  private keyboardMessage(messageId: number | undefined): ChatMessageView {
    const target = messageId === undefined ? this.newestWithKeyboard() : this.botMessage(messageId);
    if (!target || target.inlineKeyboard.length === 0) {
      const where = messageId === undefined ? "any bot message" : `message #${messageId}`;
      throw new Error(`${this.name}: ${where} has no inline keyboard to press`);
    }
    return target;
  }
}

/** Marks every "/command" like Telegram (grammY's bot.command needs the one at offset 0). */
function commandEntities(text: string): MessageEntity[] {
  const pattern = /(?<=^|\s)\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/g;
  return [...text.matchAll(pattern)].map((match) => ({ type: "bot_command", offset: match.index, length: match[0].length }));
}
