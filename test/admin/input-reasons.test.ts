// The admin CLI names the option and says why an input was refused, in words, never "invalid-input".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainDeps } from "../../src/domain/deps.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

let db: TestDatabase;
let deps: DomainDeps;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => new Date("2026-11-23T09:00:00Z") };
  await cli("municipality:add", "--name", "Лихославльский муниципальный округ", "--tz", "Europe/Moscow");
});
afterAll(() => db?.close());

const cli = (...argv: string[]) => runCliCaptured(deps, argv);

const indicator = (...extra: string[]) => cli("indicator:add", "--municipality", "1", "--kind", "count", ...extra);

describe("a refused input in the admin CLI", () => {
  it.each([
    ["a one-letter municipality name", () => cli("municipality:add", "--name", "Я", "--tz", "Europe/Moscow"), "error: --name: at least 2 characters"],
    ["a misspelt time zone", () => cli("municipality:add", "--name", "Тверь", "--tz", "Europe/Moskva"), 'error: --tz: "Europe/Moskva" is not an IANA time zone (e.g. Europe/Moscow)'],
    ["an indicator code that is not a code", () => indicator("--code", "1-BAD", "--title", "Что-то"), "error: --code: not in the expected format"],
    ["a two-letter indicator title", () => indicator("--code", "SHORT_TITLE", "--title", "Аб"), "error: --title: at least 3 characters"],
    ["a maximum below the minimum", () => indicator("--code", "MIN_MAX", "--title", "Что-то", "--min", "10", "--max", "5"), "error: --max: the maximum is below the minimum"],
  ])("%s: one line with the option and the reason", async (_, run, line) => {
    const result = await run();
    expect(result).toEqual({ code: 1, out: [], err: [line] });
  });
});
