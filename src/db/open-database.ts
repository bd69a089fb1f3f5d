import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.js";
import type { SqlExecutor } from "./sql-executor.js";

export interface Database {
  prisma: PrismaClient;
  sql: SqlExecutor;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; absent means the embedded PGlite. */
  url?: string | undefined;
  /** PGlite's data folder; absent (with no url) means in memory, for tests. */
  dataDir?: string | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lite = dataDir ? new PGlite(dataDir) : new PGlite();
  await lite.waitReady;
  const executor = (db: Pick<PGlite, "exec" | "query">): SqlExecutor => ({
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    transaction: (fn) => lite.transaction((tx) => fn(executor(tx))),
  });
  // pglite-prisma-adapter 0.6 is typed against an older copy of Prisma's adapter interface; at run time the
  // two agree (the whole suite runs through it), so only the types need bridging.
  const adapter = new PrismaPGlite(lite) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    sql: executor(lite),
    kind: "pglite",
    async close() {
      await prisma.$disconnect();
      await lite.close();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops (restart, failover, pg_terminate_backend) is an 'error' event on the
  // pool; unheard, it would crash the process. The pool discards that connection and the next query reconnects.
  pool.on("error", () => undefined);
  const sql: SqlExecutor = {
    async exec(text) {
      await pool.query(text);
    },
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      const tx: SqlExecutor = {
        async exec(text) {
          await client.query(text);
        },
        async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
          return (await client.query(text, params)).rows as T[];
        },
        transaction: (inner) => inner(tx),
      };
      try {
        await client.query("BEGIN");
        const result = await fn(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  return {
    prisma,
    sql,
    kind: "postgres",
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
