import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainDeps } from "../../src/domain/deps.js";
import { seedIndicatorCatalogue } from "../../src/domain/indicators/seed-indicator-catalogue.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

let db: TestDatabase;
let deps: DomainDeps;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => new Date("2026-11-23T09:00:00Z") };
  await seedIndicatorCatalogue(deps);
  await cli("municipality:add", "--name", "Лысьвенский городской округ", "--tz", "Asia/Yekaterinburg");
});
afterAll(() => db.close());

const cli = (...argv: string[]) => runCliCaptured(deps, argv);

describe("an installer adds a municipality's own indicator from the console", () => {
  it("adds it, and it is listed next to the shared catalogue for that municipality only", async () => {
    const added = await cli(
      "indicator:add", "--municipality", "Лысьвенский городской округ", "--code", "mentors_trained", "--kind", "share",
      "--title", "Доля наставников, прошедших обучение", "--min", "0",
    );
    expect(added).toEqual({ code: 0, out: ["Created indicator MENTORS_TRAINED (share) for Лысьвенский городской округ: Доля наставников, прошедших обучение"], err: [] });

    const own = await cli("indicator:list", "--municipality", "1");
    expect(own.out.find((l) => l.startsWith("MENTORS_TRAINED"))).toMatch(/share\s+yes\s+Доля наставников/);
    const shared = await cli("indicator:list");
    expect(shared.out.some((l) => l.startsWith("MENTORS_TRAINED"))).toBe(false);
    expect(shared.out.length).toBeGreaterThan(10);
  });

  it("refuses bad input with one line naming the option", async () => {
    expect((await cli("indicator:add", "--municipality", "1", "--code", "X_Y", "--kind", "percent", "--title", "Что-то")).err).toEqual([
      'error: --kind: expected one of share, count, boolean, text, got "percent"',
    ]);
    expect((await cli("indicator:add", "--municipality", "1", "--code", "X_Y", "--kind", "count", "--title", "Что-то", "--max", "много")).err).toEqual([
      'error: --max: expected a number, got "много"',
    ]);
    const duplicate = await cli("indicator:add", "--municipality", "1", "--code", "MENTORS_TRAINED", "--kind", "count", "--title", "Дубль");
    expect(duplicate.code).toBe(1);
    expect(duplicate.err[0]).toMatch(/^error: /);
  });
});
