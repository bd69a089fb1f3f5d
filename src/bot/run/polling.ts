// Long polling with @grammyjs/runner: updates of different chats are handled concurrently, one chat's in order
// (the bot installs sequentialize first), so one slow chat does not stall everyone. getUpdates failures are
// retried by the runner with a capped backoff for as long as Telegram stays away: polling must outlive outages.
import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";
import { ALLOWED_UPDATES } from "./webhook.js";

const STOP_TIMEOUT_MS = 3_000;

export interface RunningPolling {
  handle: RunnerHandle;
  stop(): Promise<void>;
}

export interface PollingOptions {
  deleteWebhook?: boolean;
  /** Told when each update has been handled (the local stack tells the emulator, so a sender knows). */
  onHandled?: (updateId: number) => void;
}

export async function startPolling(bot: Bot<BotContext>, logger: Logger, options: PollingOptions = {}): Promise<RunningPolling> {
  if (options.deleteWebhook !== false) await bot.api.deleteWebhook();
  const onHandled = options.onHandled;
  const adapter = {
    api: bot.api,
    errorHandler: (error: unknown) => logger.error({ err: error }, "update failed outside the error boundary"),
    handleUpdate: async (update: Parameters<typeof bot.handleUpdate>[0]) => {
      try {
        await bot.handleUpdate(update);
      } finally {
        onHandled?.(update.update_id);
      }
    },
  };
  const handle = run(adapter, {
    runner: {
      fetch: { allowed_updates: [...ALLOWED_UPDATES], timeout: 30 },
      retryInterval: 1_000,
      maxRetryTime: Number.MAX_SAFE_INTEGER,
      silent: true,
    },
    // One update may hang on a slow handler; it must not keep the rest waiting forever.
    sink: { concurrency: 100, timeout: { milliseconds: 120_000, handler: (update) => logger.warn({ update_id: update.update_id }, "update still running after 2 minutes") } },
  });
  void handle.task()?.catch((error: unknown) => logger.fatal({ err: error }, "polling stopped"));
  logger.info({ username: bot.botInfo.username }, "polling");
  return {
    handle,
    async stop() {
      if (!handle.isRunning()) return;
      // Stopping waits for the updates in hand; a handler stuck on an unreachable Telegram must not hold it.
      await Promise.race([handle.stop(), new Promise((_, reject) => setTimeout(() => reject(new Error("runner stop timed out")), STOP_TIMEOUT_MS).unref())]).catch(
        (error: unknown) => logger.warn({ err: error }, "polling did not stop cleanly; some updates may come again"),
      );
    },
  };
}
