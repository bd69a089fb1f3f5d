// A database that can be taken away and brought back in-process, on PGlite and PostgreSQL alike: while "down"
// every Prisma operation and raw SQL call fails the way an unreachable server does (isDatabaseUnavailable reads
// it so); "up" lets everything through again. Nothing is closed, so the stack goes on afterwards.
import type { Database } from "../../src/db/open-database.js";
import type { SqlExecutor } from "../../src/db/sql-executor.js";
import type { PrismaClient } from "../../src/generated/prisma/client.js";

export interface DatabaseOutage {
  db: Database;
  down(): void;
  up(): void;
}

const unreachable = () => new Error("Can't reach database server at 127.0.0.1:5432 (fault injection)");

export function withOutageSwitch(db: Database): DatabaseOutage {
  let down = false;
  const prisma = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        if (down) throw unreachable();
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  const guard = (sql: SqlExecutor): SqlExecutor => ({
    exec: async (text) => (down ? Promise.reject(unreachable()) : sql.exec(text)),
    query: async (text, params) => (down ? Promise.reject(unreachable()) : sql.query(text, params)),
    transaction: async (fn) => (down ? Promise.reject(unreachable()) : sql.transaction((tx) => fn(guard(tx)))),
  });
  return {
    db: { ...db, prisma, sql: guard(db.sql) },
    down: () => void (down = true),
    up: () => void (down = false),
  };
}
