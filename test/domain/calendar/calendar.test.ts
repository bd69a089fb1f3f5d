// The working-day calendar: 2026 shipped by the migration, another year loaded from a CSV all or nothing.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCalendar } from "../../../src/domain/calendar/import-calendar.js";
import { loadWorkingCalendar } from "../../../src/domain/calendar/load-working-calendar.js";
import type { DomainDeps } from "../../../src/domain/deps.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";
import { actorOf } from "../../support/fixtures-campaigns.js";
import { runCliCaptured } from "../../support/run-cli-captured.js";

let db: TestDatabase;
let deps: DomainDeps;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => new Date("2026-11-23T09:00:00Z") };
  dir = await mkdtemp(path.join(tmpdir(), "calendar-"));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCliCaptured(deps, argv);

describe("2026 as Постановление № 1466 sets it", () => {
  it("holidays and moved days off are not working days; shortened days and ordinary weekdays are", async () => {
    const calendar = await loadWorkingCalendar(deps, "2026-06-01", 400);
    const off = ["2026-01-01", "2026-01-09", "2026-01-11", "2026-02-23", "2026-03-09", "2026-05-01", "2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31"];
    for (const date of off) expect(calendar.isWorkingDay(date), date).toBe(false);
    for (const date of ["2026-01-12", "2026-02-20", "2026-04-30", "2026-05-08", "2026-06-11", "2026-11-03", "2026-12-30"]) {
      expect(calendar.isWorkingDay(date), date).toBe(true);
    }
    expect(calendar.isWorkingDay("2026-11-28")).toBe(false); // an ordinary Saturday
    expect(calendar.isShortened("2026-11-03")).toBe(true);
    expect(calendar.workingDayOnOrBefore("2026-05-11")).toBe("2026-05-08");
    expect(calendar.workingDayAfter("2026-12-30")).toBe("2027-01-01"); // 2027 not loaded yet: plain weekdays
  });
});

describe("npm run admin -- calendar:import", () => {
  it("reports every bad line and imports nothing", async () => {
    const file = path.join(dir, "bad.csv");
    await writeFile(file, "date;kind;note\n2027-01-01;non-working;Новый год\n2027-02-30;non-working;\n2027-01-02;отгул;\n01.01.2027;shortened;\n");
    const result = await cli("calendar:import", "--file", file);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `${file}:3: date "2027-02-30" is not a date (2027-01-01 or 01.01.2027)`,
      `${file}:4: kind "отгул" is not one of non-working, shortened, working`,
      `${file}:5: the same date as line 2`,
      `error: nothing imported: 3 bad lines in ${file}`,
    ]);
    expect(await db.prisma.calendarDay.count({ where: { date: { gte: new Date("2027-01-01") } } })).toBe(0);
  });

  it("loads a year with a working Saturday, and loading it again replaces rather than doubles", async () => {
    const file = path.join(dir, "2027.csv");
    await writeFile(file, "date,kind,note\n2027-01-01,non-working,Новый год\n04.01.2027,выходной,\n2027-01-09,working,перенос\n2027-02-22,сокращённый,\n");
    expect(await cli("calendar:import", "--file", file)).toEqual({ code: 0, out: ["Calendar 2027: 4 days that differ from an ordinary week"], err: [] });
    expect((await cli("calendar:import", "--file", file)).code).toBe(0);
    expect(await db.prisma.calendarDay.count({ where: { date: { gte: new Date("2027-01-01") } } })).toBe(4);
    const calendar = await loadWorkingCalendar(deps, "2027-01-05");
    expect(calendar.isWorkingDay("2027-01-04")).toBe(false); // a Monday made a day off
    expect(calendar.isWorkingDay("2027-01-09")).toBe(true); // a Saturday made a working day
    expect(calendar.workingDayAfter("2026-12-30")).toBe("2027-01-05");
    // 2026 is untouched by a file about 2027
    expect(calendar.isWorkingDay("2026-12-31")).toBe(false);
  });

  it("a person, even an admin, cannot change the country's calendar", async () => {
    const muni = await db.prisma.municipality.create({ data: { name: "Тест", timeZone: "Europe/Moscow" } });
    const admin = await db.prisma.person.create({ data: { role: "ADMIN", municipalityId: muni.id, displayName: "Админ" } });
    await expect(importCalendar(deps, actorOf(admin), { csv: "date,kind\n2028-01-01,non-working\n" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
