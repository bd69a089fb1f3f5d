// A webhook update is claimed with a short lease and marked done only once handled: a duplicate is skipped,
// one still running elsewhere is "busy" (Telegram is asked to come back), and one whose process died is handled
// when it comes again after the lease ran out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateClaims } from "../../../src/bot/run/update-claims.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
let now = new Date("2026-11-24T09:00:00Z");
const clock = () => now;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe("webhook update claims", () => {
  it("two processes: one claims, the other is told busy; after done, both see done", async () => {
    const a = updateClaims(db.sql, clock);
    const b = updateClaims(db.sql, clock);
    const results = await Promise.all([a.claim(1), b.claim(1), a.claim(1)]);
    expect(results.filter((r) => r === "claimed")).toHaveLength(1);
    expect(results.filter((r) => r === "busy")).toHaveLength(2);
    await a.done(1);
    expect(await b.claim(1)).toBe("done");
  });

  it("a process that died mid-update: the redelivery is claimed again once the lease ran out", async () => {
    const dead = updateClaims(db.sql, clock, 6_000);
    const next = updateClaims(db.sql, clock, 6_000);
    expect(await dead.claim(2)).toBe("claimed");
    now = new Date(now.getTime() + 3_000);
    expect(await next.claim(2)).toBe("busy");
    now = new Date(now.getTime() + 4_000);
    expect(await next.claim(2)).toBe("claimed");
  });

  it("a renewed lease keeps a long handler's update its own; a released one is taken at once", async () => {
    const a = updateClaims(db.sql, clock, 6_000);
    expect(await a.claim(3)).toBe("claimed");
    now = new Date(now.getTime() + 5_000);
    await a.renew(3);
    now = new Date(now.getTime() + 5_000);
    expect(await a.claim(3)).toBe("busy");
    await a.release(3);
    expect(await a.claim(3)).toBe("claimed");
  });
});
