// The bot's log for the demo and the sandbox: warnings and errors only, one readable line each, handed to a
// callback (stderr, a list of problems) and never mixed into the transcript on stdout.
import { Writable } from "node:stream";
import { pino } from "pino";
import type { Logger } from "../../logger.js";

/** pino levels: 40 warn, 50 error, 60 fatal. */
export function readableLogger(write: (level: number, line: string) => void, level = "warn"): Logger {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const json of chunk.toString("utf8").split("\n").filter(Boolean)) {
        try {
          const entry = JSON.parse(json) as { level: number; msg?: string; err?: { message?: string } };
          const label = entry.level >= 50 ? "ошибка" : "предупреждение";
          write(entry.level, `[бот, ${label}] ${entry.msg ?? ""}${entry.err?.message ? `: ${entry.err.message}` : ""}`);
        } catch {
          write(50, json);
        }
      }
      done();
    },
  });
  return pino({ level, base: undefined }, stream);
}
