// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the PostgreSQL
// server named by TEST_DATABASE_URL (CI runs the database tests again that way).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../../src/db/migrate.js";
import { openDatabase, type Database } from "../../src/db/open-database.js";

export const testServerUrl = process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabase extends Database {
  /** The URL a child process can use to reach the same data (PostgreSQL only). */
  url: string | undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!testServerUrl) {
    const db = await openDatabase({});
    await migrate(db.sql);
    return { ...db, url: undefined };
  }
  const name = `roadmap_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = withDatabaseName(testServerUrl, name);
  const db = await openDatabase({ url });
  await migrate(db.sql);
  return {
    ...db,
    url,
    async close() {
      await db.close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A second, empty database (not migrated), for tests of the migration runner itself. */
export async function createEmptyDatabase(): Promise<Database> {
  if (!testServerUrl) return openDatabase({});
  const name = `roadmap_empty_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const db = await openDatabase({ url: withDatabaseName(testServerUrl, name) });
  return {
    ...db,
    async close() {
      await db.close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
