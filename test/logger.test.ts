// The bot token never reaches a log line, whatever carries it: an error with the request URL, a config dump.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";

const TOKEN = "7000000001:AAH-very-secret-token-value_0123";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, destination };
}

describe("logger", () => {
  it("redacts the configured token and anything shaped like a token, in messages, errors and fields", () => {
    const { lines, destination } = capture();
    const logger = createLogger("info", { secrets: [TOKEN], destination });
    const error = new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed`);
    logger.error({ err: error, url: `https://api.telegram.org/bot${TOKEN}/getMe` }, "Bot API call failed");
    logger.warn({ other: "bot123456789:ABCdefGHIjklMNOpqrSTUvwxYZ012345" }, "some other token");
    const all = lines.join("");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain("ABCdefGHIjklMNOpqrSTUvwxYZ012345");
    expect(all).toContain("[redacted]");
    expect(lines).toHaveLength(2);
  });
});
