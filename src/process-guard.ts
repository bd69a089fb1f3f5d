// The last line of defence of a long-running process: a promise nobody awaited must not end the bot for
// everyone. It is logged once, with an id, and the process keeps serving.
import { randomUUID } from "node:crypto";
import type { Logger } from "./logger.js";

export function guardProcess(logger: Logger): void {
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason, error_id: randomUUID() }, "unhandled rejection (the bot keeps running)");
  });
}
