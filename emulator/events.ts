import type { UserProfile } from "./user-profile.js";

/**
 * Everything visible in the emulated chats, in order: what users do and what
 * the bot shows them. Transcripts, the terminal sandbox and tests subscribe
 * to these instead of polling message lists.
 */
export type EmulatorEvent =
  | UserMessageEvent
  | ButtonPressEvent
  | UserBlockEvent
  | BotMessageEvent
  | BotEditEvent
  | BotDeleteEvent
  | BotDocumentEvent
  | CallbackAnswerEvent
  | ChatActionEvent
  | ApiErrorEvent
  | WebhookErrorEvent;

interface InChat {
  chatId: number;
  /** The chat's name as its user sees it (the user's full name in a private chat). */
  chatTitle: string;
}

export interface UserMessageEvent extends InChat {
  type: "user-message";
  user: UserProfile;
  messageId: number;
  updateId: number;
  text: string;
  document?: { filename: string; size: number };
}

export interface ButtonPressEvent extends InChat {
  type: "button-press";
  user: UserProfile;
  messageId: number;
  updateId: number;
  queryId: string;
  /** Undefined when the data was sent without a matching button (forged). */
  buttonText: string | undefined;
  data: string;
}

export interface UserBlockEvent extends InChat {
  type: "user-block";
  user: UserProfile;
  blocked: boolean;
}

export interface BotMessageEvent extends InChat {
  type: "bot-message";
  messageId: number;
  text: string;
  buttons: string[][];
  replyKeyboard?: string[][];
  removeKeyboard?: true;
}

export interface BotEditEvent extends InChat {
  type: "bot-edit";
  messageId: number;
  text: string;
  buttons: string[][];
}

export interface BotDeleteEvent extends InChat {
  type: "bot-delete";
  messageId: number;
}

export interface BotDocumentEvent extends InChat {
  type: "bot-document";
  kind: "document" | "photo";
  messageId: number;
  filename: string;
  size: number;
  mimeType: string | undefined;
  caption: string;
  buttons: string[][];
}

export interface CallbackAnswerEvent extends InChat {
  type: "callback-answer";
  queryId: string;
  text: string | undefined;
  showAlert: boolean;
  url: string | undefined;
}

export interface ChatActionEvent extends InChat {
  type: "chat-action";
  action: string;
}

/** A call the emulator refused, e.g. a 400 caused by a bug in the bot. */
export interface ApiErrorEvent {
  type: "api-error";
  method: string;
  errorCode: number;
  description: string;
}

export interface WebhookErrorEvent {
  type: "webhook-error";
  updateId: number;
  reason: string;
}

export type EventListener = (event: EmulatorEvent) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  /** Subscribes a listener; returns the function that unsubscribes it. */
  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: EmulatorEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // A broken listener must not turn into an API error for the bot, but
        // it must not vanish either: rethrow it outside the API call.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
