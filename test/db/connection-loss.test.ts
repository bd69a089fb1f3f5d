// PostgreSQL only: the server drops every connection (a restart, a failover, pg_terminate_backend). The process
// must not crash on the dropped idle connections, errors meanwhile must read as "unavailable", and queries work
// again once the server accepts connections.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../src/bot/error-boundary.js";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../support/test-database.js";

describe.skipIf(!testServerUrl)("PostgreSQL drops its connections", () => {
  let db: TestDatabase;
  let admin: pg.Client;
  let name: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    name = new URL(db.url!).pathname.slice(1);
    admin = new pg.Client({ connectionString: testServerUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin.end();
    await db.close();
  });

  it("idle connections of both pools (raw SQL and Prisma) are terminated: no crash, and the next queries reconnect", async () => {
    // Warm both pools so each holds idle connections.
    await Promise.all([db.sql.query("SELECT 1"), db.sql.query("SELECT 2"), db.prisma.person.count()]);
    const killed = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    expect(killed.rowCount).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the 'error' events arrive

    const retry = async <T>(fn: () => Promise<T>): Promise<T> => fn().catch(() => fn()); // a query on a dying socket may fail once
    expect(await retry(() => db.sql.query<{ one: number }>("SELECT 1 AS one"))).toEqual([{ one: 1 }]);
    expect(await retry(() => db.prisma.person.count())).toBe(0);
  });

  it("while the database refuses connections, errors are recognised as «unavailable»; afterwards all works", async () => {
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const prismaError = await db.prisma.person.count().catch((error: unknown) => error);
    expect(prismaError).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(prismaError)).toBe(true);
    const sqlError = await db.sql.query("SELECT 1").catch((error: unknown) => error);
    expect(isDatabaseUnavailable(sqlError)).toBe(true);

    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    expect(await db.prisma.person.count()).toBe(0);
    expect(await db.sql.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });
});
