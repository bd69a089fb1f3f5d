import { badRequest } from "./api-error.js";

/** What the bot answered to a button press (answerCallbackQuery). */
export interface CallbackAnswer {
  queryId: string;
  text: string | undefined;
  showAlert: boolean;
  url: string | undefined;
  at: Date;
}

interface QueryRecord {
  id: string;
  userId: number;
  chatId: number;
  answer: CallbackAnswer | undefined;
}

/** Callback queries sent by simulated users, and the bot's answers to them. */
export class CallbackQueries {
  private readonly queries = new Map<string, QueryRecord>();
  private counter = 0;

  create(userId: number, chatId: number): string {
    this.counter += 1;
    // Telegram's ids are long decimal strings; bots must treat them as opaque.
    const id = `${userId}${String(this.counter).padStart(6, "0")}`;
    this.queries.set(id, { id, userId, chatId, answer: undefined });
    return id;
  }

  /** Records an answer; a query can be answered once, as on Telegram. */
  answer(queryId: string, answer: Omit<CallbackAnswer, "queryId" | "at">): { chatId: number; answer: CallbackAnswer } {
    const query = this.queries.get(queryId);
    if (!query || query.answer) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    query.answer = { ...answer, queryId, at: new Date() };
    return { chatId: query.chatId, answer: query.answer };
  }

  answerOf(queryId: string): CallbackAnswer | undefined {
    return this.queries.get(queryId)?.answer;
  }

  answersFor(userId: number): CallbackAnswer[] {
    return [...this.queries.values()].flatMap((query) => (query.userId === userId && query.answer ? [query.answer] : []));
  }
}
