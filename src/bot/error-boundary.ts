// The one place errors become answers. Expected domain errors get their own message; a database that went
// away gets "try again, your text was not saved" with the text quoted back, so nothing typed is lost.
import type { BotError } from "grammy";
import { GrammyError, HttpError } from "grammy";
import { isDomainError } from "../domain/errors.js";
import { randomUUID } from "node:crypto";
import type { BotContext } from "./context.js";
import { truncate } from "./render/truncate.js";

/** Room for the quoted text inside the "not saved" message, under Telegram's 4,096. */
const QUOTE_MAX = 3_500;

/** Sending these carries something the person asked for; if it fails, they are told. */
const FILE_METHODS = new Set(["sendDocument", "sendPhoto", "sendMediaGroup", "sendVideo", "sendAudio"]);

/** The Bot API method of a failed call (HttpError names it only in its message). */
function failedMethod(error: GrammyError | HttpError): string | undefined {
  if (error instanceof GrammyError) return error.method;
  return /request for '(\w+)'/.exec(error.message)?.[1];
}

/** What a failure line says about the update: never names, texts or answers (152-ФЗ). */
function updateSummary(ctx: BotContext) {
  const kind = Object.keys(ctx.update).find((key) => key !== "update_id");
  return { update_id: ctx.update.update_id, kind, chat_type: ctx.chat?.type };
}

export async function handleBotError(error: BotError<BotContext>): Promise<void> {
  const { ctx } = error;
  const cause = error.error;
  const logger = ctx.logger ?? ctx.deps?.logger;
  if (isDomainError(cause)) {
    logger?.info({ code: cause.code }, "domain error");
    await answer(ctx, ctx.t(`error-${cause.code}`, cause.params));
    return;
  }
  if (cause instanceof GrammyError || cause instanceof HttpError) {
    const method = failedMethod(cause);
    logger?.error({ err: cause, method, ...updateSummary(ctx), error_id: randomUUID() }, "Bot API call failed");
    // A file or an answer that did not go: a short text usually still does (a file too large, an upload cut
    // off), and the person should not wait for something that will never come. Not after a 403 (they blocked
    // the bot) or a 429 (the chat's flood wait would refuse it too; an interrupted form resumes on the next
    // message instead), nor for edits and other calls whose failure changes nothing the person waits for.
    const blocked = cause instanceof GrammyError && (cause.error_code === 403 || cause.error_code === 429);
    if (!blocked && method && FILE_METHODS.has(method)) await answer(ctx, ctx.t("error-file-not-sent"));
    else if (!blocked && method === "sendMessage") await answer(ctx, ctx.t("error-reply-not-sent"));
    return;
  }
  if (isDatabaseUnavailable(cause)) {
    logger?.error({ err: cause, ...updateSummary(ctx), error_id: randomUUID() }, "database unavailable");
    const typed = ctx.message?.text;
    await answer(ctx, typed ? ctx.t("error-unavailable-with-text", { text: truncate(typed, QUOTE_MAX) }) : ctx.t("error-unavailable"));
    return;
  }
  logger?.error({ err: cause, ...updateSummary(ctx), error_id: randomUUID() }, "unhandled error");
  await answer(ctx, ctx.t("error-internal"));
}

async function answer(ctx: BotContext, text: string): Promise<void> {
  try {
    if (ctx.callbackQuery) {
      // Handlers often answer the press before the work that failed: a query answers only once, so then
      // the message goes to the chat instead of vanishing.
      const alerted = await ctx.answerCallbackQuery({ text, show_alert: true }).then(
        () => true,
        () => false,
      );
      if (alerted) return;
    }
    if (ctx.chat) await ctx.reply(text);
  } catch (error) {
    ctx.logger?.warn({ err: error }, "could not deliver the error message");
  }
}

/** Errors that mean the store cannot be reached right now, as opposed to a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${error.name} ${error.message} ${String((error as { code?: unknown }).code ?? "")}`;
  // Prisma's own codes for the same: P1001/P1002 server unreachable or timing out, P1003 database missing,
  // P1008 operations timed out, P1017 server closed the connection, P2024 no free connection in the pool.
  return /PrismaClientInitializationError|ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|08006|08001|terminat|connection|closed|not open|Can't reach database|\bP10(?:0[1-3]|08|17)\b|\bP2024\b/i.test(text);
}
