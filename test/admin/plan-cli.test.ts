// npm run admin -- plan:import: the preview is printed and nothing stored; --yes stores; a bad file says why.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainDeps } from "../../src/domain/deps.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

let db: TestDatabase;
let deps: DomainDeps;
let dir: string;
const LIKHOSLAVL = fileURLToPath(new URL("../../seeds/roadmaps/roadmap-likhoslavl.docx", import.meta.url));

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => new Date("2026-11-23T09:00:00Z") };
  dir = await mkdtemp(path.join(tmpdir(), "plan-cli-"));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCliCaptured(deps, argv);

describe("plan:import", () => {
  it("prints the preview and stores nothing without --yes; stores with it", async () => {
    expect((await cli("municipality:add", "--name", "Лихославльский муниципальный округ", "--tz", "Europe/Moscow")).code).toBe(0);
    await writeFile(path.join(dir, "schools.csv"), "name,short_name\nМОУ СОШ №1,СОШ №1\n");
    expect((await cli("schools:import", "--municipality", "1", "--file", path.join(dir, "schools.csv"))).code).toBe(0);

    const preview = await cli("plan:import", "--municipality", "1", "--file", LIKHOSLAVL);
    expect(preview.code).toBe(0);
    const text = preview.out.join("\n");
    expect(text).toContain("Period: 01.09.2022 – 31.08.2023");
    expect(text).toContain("Activities: 9, sections: 6");
    expect(text).toContain("“ежеквартально” → quarterly → 31.03, 30.06, 30.09, 31.12 every year");
    expect(text).toContain("deadline “в течение года / февраль 2023 / в течение года” — ❓ several deadlines in one cell");
    expect(text).toContain("Nothing stored");
    expect(await db.prisma.plan.count()).toBe(0);

    const stored = await cli("plan:import", "--municipality", "1", "--file", LIKHOSLAVL, "--yes");
    expect(stored.code).toBe(0);
    // No staff registered yet: only the three readable items with «ОО» have someone to do them (one school).
    expect(stored.out.at(-1)).toBe("Plan #1 stored: 9 items, 6 sections; 3 new tasks (3 assignments)");
    expect(await db.prisma.planItem.count()).toBe(9);
  });

  it("refuses an old .doc with the reason and stores nothing", async () => {
    const doc = path.join(dir, "plan.doc");
    await writeFile(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const result = await cli("plan:import", "--municipality", "1", "--file", doc, "--yes");
    expect(result.code).toBe(1);
    expect(result.err[0]).toContain("save it as .docx");
    expect(await db.prisma.plan.count()).toBe(1);
  });
});
