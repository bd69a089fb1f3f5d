// The migration runner on a fresh database: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set.
import { createHash, randomBytes } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate, readMigrations } from "../../src/db/migrate.js";
import pg from "pg";
import { openDatabase, type Database } from "../../src/db/open-database.js";
import type { SqlExecutor } from "../../src/db/sql-executor.js";
import { createEmptyDatabase, testServerUrl } from "../support/test-database.js";

const databases: Database[] = [];
const dirs: string[] = [];
let files: { name: string; checksum: string }[];

async function emptyDatabase(): Promise<Database> {
  const db = await createEmptyDatabase();
  databases.push(db);
  return db;
}

/** A copy of the real migrations folder the test may change. */
async function migrationsCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  dirs.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  files = await readMigrations();
});
afterAll(async () => {
  for (const db of databases) await db.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Tables, columns (type, nullability, default), indexes and constraints of the public schema. */
async function schemaOf(sql: SqlExecutor) {
  const [columns, indexes, constraints] = await Promise.all([
    sql.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    ),
    sql.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`),
    sql.query(
      `SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints
        WHERE table_schema = 'public' AND constraint_type <> 'CHECK' ORDER BY table_name, constraint_name`,
    ),
  ]);
  return { columns, indexes, constraints };
}

const tableNames = (schema: Awaited<ReturnType<typeof schemaOf>>) => [...new Set(schema.columns.map((c) => String(c.table_name)))];

const recorded = (sql: SqlExecutor) =>
  sql.query<{ migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown; applied_steps_count: number }>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );

describe(`migrations on ${testServerUrl ? "PostgreSQL" : "PGlite"}`, () => {
  let db: Database;
  let afterFirst: Awaited<ReturnType<typeof schemaOf>>;

  it("there is at least one migration, each with its checksum", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.map((f) => f.name)).toEqual([...files.map((f) => f.name)].sort());
  });

  it("the first run on an empty database applies every file, in order", async () => {
    db = await emptyDatabase();
    expect(tableNames(await schemaOf(db.sql))).toEqual([]);

    const result = await migrate(db.sql);
    expect(result).toEqual({ applied: files.map((f) => f.name), alreadyApplied: [] });

    afterFirst = await schemaOf(db.sql);
    expect(tableNames(afterFirst)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "Municipality", "School", "Person", "Invite", "Campaign", "Submission", "BotState", "AuditLog"]),
    );
    // The Prisma client agrees with the schema the files made.
    expect(await db.prisma.person.count()).toBe(0);
    expect(await db.prisma.botState.findMany()).toEqual([]);
  });

  it("the second run applies none, and the schema is identical afterwards", async () => {
    const result = await migrate(db.sql);
    expect(result).toEqual({ applied: [], alreadyApplied: files.map((f) => f.name) });
    expect(await schemaOf(db.sql)).toEqual(afterFirst);
  });

  it("_prisma_migrations has one finished row per file, with the file's sha256", async () => {
    const rows = await recorded(db.sql);
    expect(rows).toHaveLength(files.length);
    for (const [i, file] of files.entries()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, file.name, "migration.sql"), "utf8");
      expect(rows[i]).toMatchObject({
        migration_name: file.name,
        checksum: createHash("sha256").update(sql).digest("hex"),
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(rows[i]!.finished_at).not.toBeNull();
    }
  });

  it("a file changed after it was applied is refused, and nothing runs", async () => {
    const dir = await migrationsCopy();
    const first = path.join(dir, files[0]!.name, "migration.sql");
    await writeFile(first, `${await readFile(first, "utf8")}\n-- edited later\n`);
    await expect(migrate(db.sql, dir)).rejects.toThrow(`Migration ${files[0]!.name} was changed after it was applied`);
    expect(await recorded(db.sql)).toHaveLength(files.length);
  });

  it("a new file on top is applied alone; a failing one rolls back completely", async () => {
    const dir = await migrationsCopy();
    await mkdir(path.join(dir, "29990101000000_add_note"));
    await writeFile(path.join(dir, "29990101000000_add_note", "migration.sql"), `CREATE TABLE "MigrationNote" ("id" INTEGER PRIMARY KEY);`);
    expect(await migrate(db.sql, dir)).toEqual({ applied: ["29990101000000_add_note"], alreadyApplied: files.map((f) => f.name) });

    await mkdir(path.join(dir, "29990102000000_broken"));
    await writeFile(
      path.join(dir, "29990102000000_broken", "migration.sql"),
      `CREATE TABLE "HalfDone" ("id" INTEGER);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;`,
    );
    await expect(migrate(db.sql, dir)).rejects.toThrow(/NoSuchTable/);
    const tables = tableNames(await schemaOf(db.sql));
    expect(tables).toContain("MigrationNote");
    expect(tables).not.toContain("HalfDone");
    expect((await recorded(db.sql)).map((r) => r.migration_name)).toEqual([...files.map((f) => f.name), "29990101000000_add_note"]);
  });

  it("two migrate() calls at once (two processes starting together) apply each file exactly once", async () => {
    const fresh = await emptyDatabase();
    const results = await Promise.all([migrate(fresh.sql), migrate(fresh.sql), migrate(fresh.sql)]);
    const applied = results.flatMap((r) => r.applied);
    expect(applied.sort()).toEqual(files.map((f) => f.name).sort());
    // Whoever did not apply a file saw it as already applied.
    for (const result of results) expect([...result.applied, ...result.alreadyApplied].sort()).toEqual(files.map((f) => f.name).sort());
    expect((await recorded(fresh.sql)).map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(await schemaOf(fresh.sql)).toEqual(afterFirst);
  });

  it.skipIf(!testServerUrl)("(PostgreSQL) two separately opened connection pools migrating at once apply each file exactly once", async () => {
    const name = `roadmap_race_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: testServerUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(testServerUrl!);
      url.pathname = `/${name}`;
      const [a, b] = await Promise.all([openDatabase({ url: url.toString() }), openDatabase({ url: url.toString() })]);
      try {
        const results = await Promise.all([migrate(a.sql), migrate(b.sql)]);
        expect(results.flatMap((r) => r.applied).sort()).toEqual(files.map((f) => f.name).sort());
        expect((await recorded(a.sql)).map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
        expect(await schemaOf(b.sql)).toEqual(afterFirst);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
