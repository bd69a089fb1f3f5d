// Every admin command line the README shows runs as written, in order, on a fresh database (the CSV file and
// the invite code, which the README names, are filled in). Control characters in an argument are refused.
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/admin/run-cli.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { redeemInvite } from "../../src/domain/invites/redeem-invite.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const README = fileURLToPath(new URL("../../README.md", import.meta.url));

let db: TestDatabase;
let deps: DomainDeps;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => new Date("2026-11-23T09:00:00Z") };
  dir = await mkdtemp(path.join(tmpdir(), "readme-"));
  await writeFile(path.join(dir, "schools.csv"), "name,short_name\nМОУ «Лихославльская СОШ №1»,СОШ №1\nМОУ «СОШ №2»,СОШ №2\n");
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

/** Shell words: spaces separate, double quotes group. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

function readmeAdminLines(): string[] {
  return readFileSync(README, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("npm run admin -- "))
    .map((line) => line.replace(/\s+#.*$/, ""));
}

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { deps, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe("README admin examples", () => {
  it("each line runs as written and succeeds", async () => {
    const lines = readmeAdminLines();
    expect(lines.length).toBeGreaterThanOrEqual(10);
    let code = "";
    let redeemed = false;
    for (const line of lines) {
      // People appear when a head opens the invite link: the README's people lines come after that.
      if (line.includes(" people:") && !redeemed) {
        redeemed = true;
        const invite = await cli(["invite:create", "--municipality", "1", "--role", "head", "--school", "СОШ №2", "--name", "Олег Смирнов"]);
        const fresh = /^Code: (\S+)$/m.exec(invite.out.join("\n"))![1]!;
        await redeemInvite(deps, { code: fresh, telegramId: 5_550_000 });
      }
      const argv = words(line.slice("npm run admin -- ".length)).map((w) =>
        w === "schools.csv" ? path.join(dir, "schools.csv") : w === "CODE_FROM_INVITE_LIST" ? code : w,
      );
      const result = await cli(argv);
      expect({ line, code: result.code, err: result.err }).toEqual({ line, code: 0, err: [] });
      code = /^Code: (\S+)$/m.exec(result.out.join("\n"))?.[1] ?? code;
    }
    expect(await db.prisma.indicator.count({ where: { municipalityId: null } })).toBeGreaterThan(5);
  });

  it("people:revoke then people:restore gives access back to the same person", async () => {
    const person = await db.prisma.person.create({ data: { municipalityId: 1, role: "HEAD", displayName: "Олег Смирнов", telegramId: 5_550_001n, revokedAt: new Date() } });
    const restored = await cli(["people:restore", "--id", String(person.id)]);
    expect(restored.out.join("\n")).toContain("Restored access");
    expect(await db.prisma.person.findUnique({ where: { id: person.id } })).toMatchObject({ revokedAt: null, telegramId: 5_550_001n });
  });

  it("an argument with a NUL or another control character is refused, nothing stored", async () => {
    const before = await db.prisma.municipality.count();
    const result = await cli(["municipality:add", "--name", "Округ\u0000", "--tz", "Europe/Moscow"]);
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toContain("control characters");
    expect(await db.prisma.municipality.count()).toBe(before);
  });

  it("`indicator:add --help` is the CLI's help, not an option value", async () => {
    const result = await cli(["indicator:add", "--help"]);
    expect(result.code).toBe(0);
    expect(result.out.join("\n")).toContain("--hint");
  });
});
