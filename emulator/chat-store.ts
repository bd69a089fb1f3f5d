import type { Chat, Message, ReplyKeyboardMarkup } from "grammy/types";

/** Chats people write in (channels are not emulated). */
export type UserChat = Exclude<Chat, Chat.ChannelChat>;
import { badRequest, forbidden } from "./api-error.js";
import type { StoredFile } from "./file-store.js";
import type { ReplyMarkup } from "./reply-markup.js";
import { displayName, type UserProfile } from "./user-profile.js";

/** One message of a chat, kept in its current state (after edits). */
export interface StoredMessage {
  message: Message;
  sentBy: "bot" | "user";
  deleted: boolean;
  /** The file behind `document` / `photo`, so views can show its bytes. */
  file: StoredFile | undefined;
  /**
   * The markup as sent. A Message only carries inline keyboards; a reply
   * keyboard, keyboard removal or force-reply is kept here for the views.
   */
  markup: ReplyMarkup | undefined;
}

/**
 * The emulated state of one chat. Only private chats are created today, but
 * nothing here assumes the chat id is a user id, so groups can be added.
 */
export class ChatState {
  private lastMessageId = 0;
  private readonly messages = new Map<number, StoredMessage>();
  /** The custom keyboard the user currently sees under the input field. */
  replyKeyboard: ReplyKeyboardMarkup | undefined;
  /** The user blocked the bot: sending answers 403. */
  blocked = false;
  /** The user has written to the bot; before that, a bot may not write first. */
  started = false;

  constructor(readonly chat: UserChat) {}

  get id(): number {
    return this.chat.id;
  }

  get title(): string {
    return this.chat.type === "private" ? displayName(this.chat) : this.chat.title;
  }

  /** Message ids are per chat and increase by one, as in private chats on Telegram. */
  add(
    sentBy: StoredMessage["sentBy"],
    build: (messageId: number) => Message,
    extras: Pick<StoredMessage, "file" | "markup"> = { file: undefined, markup: undefined },
  ): StoredMessage {
    this.lastMessageId += 1;
    const stored: StoredMessage = { message: build(this.lastMessageId), sentBy, deleted: false, ...extras };
    this.messages.set(this.lastMessageId, stored);
    return stored;
  }

  find(messageId: number): StoredMessage | undefined {
    const stored = this.messages.get(messageId);
    return stored && !stored.deleted ? stored : undefined;
  }

  /** The highest message id so far; a bookmark for "messages since". */
  get lastId(): number {
    return this.lastMessageId;
  }

  all(): StoredMessage[] {
    return [...this.messages.values()];
  }

  /** Refuses to deliver to this chat the way Telegram does. */
  assertWritable(): void {
    if (this.blocked) throw forbidden("bot was blocked by the user");
    if (!this.started) throw forbidden("bot can't initiate conversation with a user");
  }
}

export class ChatStore {
  private readonly chats = new Map<number, ChatState>();

  openPrivate(profile: UserProfile): ChatState {
    const existing = this.chats.get(profile.id);
    if (existing) return existing;
    const chat: Chat.PrivateChat = {
      id: profile.id,
      type: "private",
      first_name: profile.first_name,
      ...(profile.last_name !== undefined ? { last_name: profile.last_name } : {}),
      ...(profile.username !== undefined ? { username: profile.username } : {}),
    };
    const state = new ChatState(chat);
    this.chats.set(profile.id, state);
    return state;
  }

  get(chatId: number): ChatState | undefined {
    return this.chats.get(chatId);
  }

  require(chatId: number): ChatState {
    const state = this.chats.get(chatId);
    if (!state) throw badRequest("chat not found");
    return state;
  }
}
