// Retries are bounded in attempts and in total waiting: an hour-long flood wait or an endless outage is given
// back to the caller at once instead of holding a handler (auto-retry would wait them out).
import { HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { boundedRetry } from "../../../src/bot/api/bounded-retry.js";

const ok = { ok: true as const, result: true };
const flood = (seconds: number) => ({ ok: false as const, error_code: 429, description: "Too Many Requests", parameters: { retry_after: seconds } });
const serverError = { ok: false as const, error_code: 502, description: "Bad Gateway" };

function run(answers: Array<unknown>) {
  const waits: number[] = [];
  let calls = 0;
  const transformer = boundedRetry({ attempts: 4, totalWaitMs: 15_000 }, async (ms) => void waits.push(ms));
  const prev = async () => {
    const answer = answers[Math.min(calls++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const result = (transformer as unknown as (p: typeof prev, m: string, payload: object) => Promise<unknown>)(prev, "sendMessage", {});
  return { result, waits, calls: () => calls };
}

describe("bounded retries", () => {
  it("waits out a short flood wait and repeats the same request", async () => {
    const r = run([flood(2), ok]);
    expect(await r.result).toEqual(ok);
    expect(r.waits).toEqual([2000]);
  });

  it("an hour-long flood wait comes back at once", async () => {
    const r = run([flood(3600), ok]);
    expect(await r.result).toMatchObject({ error_code: 429 });
    expect(r.waits).toEqual([]);
  });

  it("network errors and 5xx: a few tries, then the error", async () => {
    const network = new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNREFUSED"));
    const r = run([network]);
    await expect(r.result).rejects.toBe(network);
    expect(r.calls()).toBe(4);
    expect(r.waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(15_000);
    const s = run([serverError]);
    expect(await s.result).toMatchObject({ error_code: 502 });
    expect(s.calls()).toBe(4);
  });
});
