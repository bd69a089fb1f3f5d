import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/admin/run-cli.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { redeemInvite } from "../../src/domain/invites/redeem-invite.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

let db: TestDatabase;
let deps: DomainDeps;
let dir: string;
const NOW = new Date("2026-11-23T09:00:00Z");
const MUNICIPALITY = "Лихославльский муниципальный округ";

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => NOW };
  dir = await mkdtemp(path.join(tmpdir(), "admin-cli-"));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCliCaptured(deps, argv);

describe("admin CLI, in order as an installer would use it", () => {
  it("help lists every command without touching the database", async () => {
    const out: string[] = [];
    const code = await runCli(["help"], {
      deps: () => Promise.reject(new Error("must not open the database")),
      out: (l) => out.push(l),
      err: () => undefined,
    });
    expect(code).toBe(0);
    for (const name of ["municipality:add", "municipality:list", "schools:import", "schools:list", "invite:create", "invite:list", "invite:revoke", "people:list", "people:revoke"]) {
      expect(out.some((l) => l.trimStart().startsWith(name))).toBe(true);
    }
    expect((await cli("help", "invite:create")).out[0]).toContain("--bot-username");
  });

  it("municipality:add and municipality:list", async () => {
    const added = await cli("municipality:add", "--name", MUNICIPALITY, "--tz", "Europe/Moscow", "--quiet", "22-8");
    // A new municipality starts with the standard indicator catalogue, so its first campaign has indicators to pick.
    expect(added).toEqual({
      code: 0,
      out: [`Created municipality 1: ${MUNICIPALITY} (Europe/Moscow, quiet hours 22:00–08:00)`, "Added the standard indicator catalogue (13 indicators)."],
      err: [],
    });
    expect((await cli("municipality:add", "--name", "Пермь", "--tz", "asia/yekaterinburg")).out[0]).toContain("(Asia/Yekaterinburg, quiet hours 21:00–09:00)");
    const list = await cli("municipality:list");
    expect(list.out[0]).toMatch(/^ID\s+NAME\s+TIME ZONE\s+QUIET HOURS\s+SCHOOLS\s+PEOPLE$/);
    expect(list.out[1]).toMatch(new RegExp(`^1\\s+${MUNICIPALITY}\\s+Europe/Moscow\\s+22:00–08:00\\s+0\\s+0$`));
    expect(list.out).toHaveLength(3);
  });

  it("schools:import (UTF-8 with ; and a BOM, or Windows-1251) and schools:list", async () => {
    const file = path.join(dir, "schools.csv");
    await writeFile(file, '\uFEFFname;short_name\r\n"МОУ «Лихославльская СОШ №1»";СОШ №1\r\n"МОУ «Лихославльская СОШ №2»";СОШ №2\r\n');
    expect(await cli("schools:import", "--municipality", MUNICIPALITY, "--file", file)).toEqual({
      code: 0,
      out: [`Schools of ${MUNICIPALITY}: 2 created, 0 updated, 0 unchanged`],
      err: [],
    });
    const cp1251 = path.join(dir, "schools-1251.csv");
    // "МОУ «Кавская ООШ»;Кавская ООШ" as old Excel saves it: one byte per letter.
    const win1251 = (s: string) =>
      Buffer.from([...s].map((ch) => (ch === "«" ? 0xab : ch === "»" ? 0xbb : ch === "Ё" ? 0xa8 : ch === "ё" ? 0xb8 : ch >= "А" && ch <= "я" ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
    await writeFile(cp1251, win1251("name;short_name\r\nМОУ «Кавская ООШ»;Кавская ООШ\r\n"));
    expect((await cli("schools:import", "--municipality", "1", "--file", cp1251)).out).toEqual([`Schools of ${MUNICIPALITY}: 1 created, 0 updated, 0 unchanged`]);

    const list = await cli("schools:list", "--municipality", "1");
    expect(list.out).toHaveLength(4);
    expect(list.out[0]).toMatch(/^ID\s+SHORT NAME\s+NAME$/);
    expect(list.out.slice(1).map((l) => l.split(/\s{2,}/).slice(1))).toEqual([
      ["Кавская ООШ", "МОУ «Кавская ООШ»"],
      ["СОШ №1", "МОУ «Лихославльская СОШ №1»"],
      ["СОШ №2", "МОУ «Лихославльская СОШ №2»"],
    ]);
  });

  it("schools:import reports every bad line and imports nothing", async () => {
    const file = path.join(dir, "bad.csv");
    await writeFile(file, "name,short_name\nМОУ «Микшинская СОШ»,Микшинская СОШ\nМОУ «Без короткого»,\n");
    const result = await cli("schools:import", "--municipality", "1", "--file", file);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`${file}:3: short_name is empty`, `error: nothing imported: 1 bad line in ${file}`]);
    expect((await cli("schools:list", "--municipality", "1")).out).toHaveLength(4);
    const missing = await cli("schools:import", "--municipality", "1", "--file", path.join(dir, "nope.csv"));
    expect(missing.err).toEqual([`error: --file: cannot read "${path.join(dir, "nope.csv")}" (ENOENT)`]);
  });

  let headCode = "";
  it("invite:create prints the code, the /start line and the deep link", async () => {
    const result = await cli(
      "invite:create", "--municipality", MUNICIPALITY, "--role", "head", "--school", "СОШ №1",
      "--name", "Ирина Петрова", "--days", "7", "--bot-username", "@roadmap_bot",
    );
    expect(result.code).toBe(0);
    headCode = /^Code: (\S+)$/.exec(result.out[2] ?? "")?.[1] ?? "";
    expect(headCode).toMatch(/^[A-Z2-9]{14}$/);
    expect(result.out).toEqual([
      `Invite for head of СОШ №1 «Ирина Петрова», ${MUNICIPALITY}`,
      "Expires: 30.11.2026 12:00 (Europe/Moscow); single use",
      `Code: ${headCode}`,
      `Or send the bot: /start ${headCode}`,
      `Deep link: https://t.me/roadmap_bot?start=${headCode}`,
    ]);
    const official = await cli("invite:create", "--municipality", "1", "--role", "OFFICIAL");
    expect(official.out[0]).toBe(`Invite for official, ${MUNICIPALITY}`);
    expect(official.out[4]).toBe("Deep link: add --bot-username <bot> to print it");
  });

  it("invite:list, invite:revoke", async () => {
    const list = await cli("invite:list", "--municipality", "1");
    expect(list.out[0]).toMatch(/^CODE\s+ROLE\s+STATUS\s+MUNICIPALITY\s+SCHOOL\s+NAME\s+EXPIRES$/);
    expect(list.out.find((l) => l.startsWith(headCode))).toMatch(/head\s+active\s+Лихославльский муниципальный округ\s+СОШ №1\s+Ирина Петрова\s+30\.11\.2026 12:00$/);
    const officialCode = list.out[1]!.split(/\s+/)[0]!;
    expect(await cli("invite:revoke", "--code", officialCode)).toEqual({ code: 0, out: [`Revoked invite ${officialCode} (official).`], err: [] });
    expect((await cli("invite:list", "--status", "revoked")).out[1]).toMatch(new RegExp(`^${officialCode}\\s+official\\s+revoked`));
    expect(await cli("invite:revoke", "--code", "NOSUCHCODE22")).toEqual({ code: 1, out: [], err: ["error: --code: no invite with this code"] });
  });

  it("people:list and people:revoke", async () => {
    const empty = await cli("people:list", "--municipality", "1");
    expect(empty.out[0]).toMatch(/^No people in/);
    const head = await redeemInvite(deps, { code: headCode, telegramId: 100001, telegramName: "Ирина" });
    const list = await cli("people:list", "--municipality", MUNICIPALITY, "--role", "head");
    expect(list.out).toHaveLength(2);
    expect(list.out[0]).toMatch(/^ID\s+ROLE\s+NAME\s+SCHOOL\s+TELEGRAM\s+LANG\s+STATUS$/);
    expect(list.out[1]).toMatch(new RegExp(`^${head.personId}\\s+head\\s+Ирина Петрова\\s+СОШ №1\\s+100001\\s+ru\\s+active$`));
    expect((await cli("invite:list", "--status", "used")).out[1]).toContain("used by Ирина Петрова");
    expect(await cli("people:revoke", "--id", String(head.personId))).toEqual({
      code: 0,
      out: [`Revoked access of ${head.personId} Ирина Петрова.`],
      err: [],
    });
    expect((await cli("people:list", "--municipality", "1")).out[1]).toMatch(/revoked 23\.11\.2026$/);
    expect((await cli("invite:revoke", "--code", headCode)).err[0]).toMatch(/^error: --code: the invite has already been used/);
  });
});

describe("admin CLI, bad input: one line, exit code 1, no stack", () => {
  const cases: [string, string[], RegExp][] = [
    ["unknown command", ["municipality:remove"], /^error: unknown command "municipality:remove"/],
    ["missing --name", ["municipality:add", "--tz", "Europe/Moscow"], /^error: --name is required$/],
    ["a misspelt time zone", ["municipality:add", "--name", "X-район", "--tz", "Europe/Moskva"], /^error: --tz: "Europe\/Moskva" is not an IANA time zone/],
    ["an offset instead of a zone", ["municipality:add", "--name", "X-район", "--tz", "+03:00"], /^error: --tz: /],
    ["bad quiet hours", ["municipality:add", "--name", "X-район", "--tz", "Europe/Moscow", "--quiet", "21-21"], /^error: --quiet: /],
    ["a duplicate municipality", ["municipality:add", "--name", MUNICIPALITY, "--tz", "Europe/Moscow"], /^error: --name: a municipality named/],
    ["an unknown option", ["municipality:list", "--verbose"], /^error: Unknown option '--verbose'/],
    ["a head invite without --school", ["invite:create", "--municipality", "1", "--role", "head"], /^error: --school: a head's invite needs a school/],
    ["a school for a non-head", ["invite:create", "--municipality", "1", "--role", "official", "--school", "СОШ №1"], /^error: --school: only a head's invite/],
    ["an unknown school", ["invite:create", "--municipality", "1", "--role", "head", "--school", "СОШ №9"], /^error: --school: no school "СОШ №9"/],
    ["an unknown role", ["invite:create", "--municipality", "1", "--role", "teacher"], /^error: --role: expected head, methodologist, official or admin/],
    ["too many days", ["invite:create", "--municipality", "1", "--role", "admin", "--days", "400"], /^error: --days: at most 365 days$/],
    ["days not a number", ["invite:create", "--municipality", "1", "--role", "admin", "--days", "two"], /^error: --days: expected a positive whole number/],
    ["an unknown municipality", ["schools:list", "--municipality", "Тверь"], /^error: --municipality: no municipality "Тверь"/],
    ["a missing value", ["people:revoke", "--id"], /^error: Option '--id <value>' argument missing/],
    ["a non-numeric id", ["people:revoke", "--id", "abc"], /^error: --id: expected a positive whole number/],
    ["an unknown person", ["people:revoke", "--id", "999"], /^error: --id: no person "999"$/],
  ];
  it.each(cases)("%s", async (_label, argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
  });

  it("an unexpected failure is not disguised as bad input", async () => {
    const broken: DomainDeps = { db: db.prisma, now: () => new Date(Number.NaN) };
    await expect(
      runCli(["invite:create", "--municipality", "1", "--role", "admin"], { deps: broken, out: () => undefined, err: () => undefined }),
    ).rejects.toThrow();
  });
});
