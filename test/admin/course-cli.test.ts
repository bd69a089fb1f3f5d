import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  const dir = await mkdtemp(join(tmpdir(), "courses-cli-"));
  await writeFile(join(dir, "schools.csv"), "name,short_name\nМОУ «СОШ №1»,СОШ №1\n");
  await cli("schools:import", "--municipality", "1", "--file", join(dir, "schools.csv"));
});
afterAll(() => db.close());

const cli = (...argv: string[]) => runCliCaptured(deps, argv);

describe("the catalogue and teachers from the console", () => {
  it("adds a course, lists it, refuses an unknown provider naming the option", async () => {
    const added = await cli("course:add", "--municipality", "1", "--title", "Цифровая грамотность педагога", "--provider", "ТОИУУ", "--hours", "36", "--format", "очно", "--tags", "federal-priority");
    expect(added.code).toBe(0);
    expect(added.out[0]).toContain("Цифровая грамотность педагога (ТОИУУ, 36 h)");
    const listed = await cli("course:list", "--municipality", "1");
    expect(listed.out.find((l) => l.includes("Цифровая грамотность"))).toMatch(/ТОИУУ\s+in_person\s+36\s+federal-priority/);
    const bad = await cli("course:add", "--municipality", "1", "--title", "X курс", "--provider", "Институт будущего", "--hours", "36", "--format", "очно");
    expect(bad.code).not.toBe(0);
    expect(bad.err.join("\n")).toContain("--provider");
  });

  it("imports a school's teachers from a file and prints the summary", async () => {
    const dir = await mkdtemp(join(tmpdir(), "courses-cli-"));
    const file = join(dir, "teachers.csv");
    await writeFile(file, "ФИО;Должность\nИванова Мария Петровна;учитель\nПетров Сергей Иванович;учитель\n");
    const imported = await cli("teacher:import", "--municipality", "1", "--school", "СОШ №1", "--file", file);
    expect(imported).toMatchObject({ code: 0, out: ["СОШ №1: 2 teachers added, 0 already on the list"] });
    const summary = await cli("course:summary", "--municipality", "1");
    expect(summary.out[0]).toContain("2026-09-01 – 2027-08-31");
    expect(summary.out.find((l) => l.startsWith("total"))).toMatch(/total\s+0\s+0/);
  });
});
