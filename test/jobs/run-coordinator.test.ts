import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbRunCoordinator, pruneJobClaims } from "../../src/jobs/db-run-coordinator.js";
import { isQuietTime } from "../../src/domain/municipalities/quiet-hours.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe("a cron firing with several bot processes running", () => {
  it("runs in exactly one of them", async () => {
    const now = () => new Date("2026-11-23T09:00:00Z");
    const processes = [dbRunCoordinator(db.sql, now), dbRunCoordinator(db.sql, now), dbRunCoordinator(db.sql, now)];
    const key = "open-campaigns:2026-11-23T09:00:00.000Z";
    const won = await Promise.all(processes.map((p) => p.shouldRun(key, 55_000)));
    expect(won.filter(Boolean)).toHaveLength(1);
    // The next minute's firing is a new key: someone runs it again.
    expect(await processes[1]!.shouldRun("open-campaigns:2026-11-23T09:01:00.000Z", 55_000)).toBe(true);
  });

  it("old claims are pruned a day after their lease", async () => {
    await pruneJobClaims(db.sql, new Date("2026-11-25T09:00:00Z"));
    expect(await db.prisma.jobClaim.count()).toBe(0);
  });
});

describe("quiet hours", () => {
  const tver = { timeZone: "Europe/Moscow", quietHoursStart: 21, quietHoursEnd: 9 };
  const vladivostok = { timeZone: "Asia/Vladivostok", quietHoursStart: 21, quietHoursEnd: 9 };
  it("hold messages at night in the municipality's own time zone", () => {
    // 19:30 UTC is 22:30 in Tver (quiet) and 05:30 next morning in Dalnerechensk (quiet).
    expect(isQuietTime(new Date("2026-11-23T19:30:00Z"), tver)).toBe(true);
    expect(isQuietTime(new Date("2026-11-23T19:30:00Z"), vladivostok)).toBe(true);
    // 09:00 UTC is 12:00 in Tver (day) and 19:00 in Dalnerechensk (day).
    expect(isQuietTime(new Date("2026-11-23T09:00:00Z"), tver)).toBe(false);
    expect(isQuietTime(new Date("2026-11-23T09:00:00Z"), vladivostok)).toBe(false);
    // 06:00 UTC is 09:00 in Tver: the quiet hours end at 9.
    expect(isQuietTime(new Date("2026-11-23T06:00:00Z"), tver)).toBe(false);
  });
});
