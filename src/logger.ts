// pino, with secrets scrubbed from every line it writes: whatever error carries a request URL
// (https://api.telegram.org/bot<token>/sendMessage) or a config dump, the bot token never reaches the log.
import { pino, type Logger } from "pino";

export type { Logger };

/** Anything shaped like a bot token (123456789:AA…), known or not. */
const TOKEN_SHAPE = /(?<!\d)\d{5,}:[A-Za-z0-9_-]{20,}/g;
const REDACTED = "[redacted]";

export interface LoggerOptions {
  /** Exact strings never to write (the configured token, a database password). */
  secrets?: readonly string[];
  /** Where lines go (tests); standard output by default. */
  destination?: pino.DestinationStream;
}

export function redactSecrets(line: string, secrets: readonly string[] = []): string {
  let out = line;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out.replace(TOKEN_SHAPE, REDACTED);
}

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const settings: pino.LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    hooks: { streamWrite: (line) => redactSecrets(line, secrets) },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
