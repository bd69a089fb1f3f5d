// From a claimed row to the Bot API call it stands for, or to an outcome decided without calling: the person
// blocked the bot or was revoked, the kind is unknown, the renderer refused the payload, the earlier message an
// edit refers to is not delivered (yet).
import type { Language, Translate } from "../bot/i18n.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { findNotice } from "./notices/index.js";
import { deliveredAs, type ClaimedRow, type Outcome } from "./outbox-store.js";

export interface PreparedCall {
  method: string;
  payload: Record<string, unknown>;
  chatId: bigint;
}

/** An edit that comes before its original waits this long and is tried again, without counting an attempt. */
const ORIGINAL_PENDING_DELAY_MS = 5_000;

export async function prepareCall(
  db: PrismaClient,
  t: (language: Language) => Translate,
  row: ClaimedRow,
  now: Date,
): Promise<PreparedCall | Outcome> {
  const { person } = row;
  if (person.blockedBotAt) return { status: "BLOCKED", reason: "the person has blocked the bot" };
  if (person.revokedAt) return { status: "FAILED", reason: "the person's access was revoked" };
  const notice = findNotice(row.kind);
  if (!notice) return { status: "FAILED", reason: `unknown notice kind ${row.kind}` };
  let message;
  try {
    message = notice.render(row.payload, { personId: row.personId, language: person.language, t: t(person.language) });
  } catch (error) {
    return { status: "FAILED", reason: `cannot render: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { method, ...fields } = message;
  if (method === "editMessageText" || method === "deleteMessage") {
    const { of, ...rest } = fields as { of: string } & Record<string, unknown>;
    const earlier = await deliveredAs(db, of);
    if (earlier && (earlier.status === "QUEUED" || earlier.status === "SENDING")) {
      return { status: "QUEUED", notBefore: new Date(now.getTime() + ORIGINAL_PENDING_DELAY_MS), countAttempt: false };
    }
    if (!earlier || earlier.status !== "SENT" || earlier.chatId === null || earlier.messageId === null) {
      return { status: "FAILED", reason: `the message ${of} was not delivered` };
    }
    return { method, chatId: earlier.chatId, payload: { ...rest, chat_id: Number(earlier.chatId), message_id: earlier.messageId } };
  }
  if (person.telegramId === null) return { status: "FAILED", reason: "the person has no Telegram chat" };
  // Telegram ids fit in 52 bits, so a number is exact.
  return { method, chatId: person.telegramId, payload: { ...fields, chat_id: Number(person.telegramId) } };
}

export const isPrepared = (x: PreparedCall | Outcome): x is PreparedCall => "method" in x;
