// The Prisma CLI (generate, migrate diff) runs offline only with the JS engine and a driver adapter:
// see ../shared/STACK.md. Migrations themselves are applied by src/db/migrate.ts, not by the CLI.
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PrismaConfig } from "prisma";

process.env.DATABASE_URL ??= "postgresql://localhost:5432/roadmap";

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // Typed against an older copy of Prisma's adapter interface; identical at run time.
    return new PrismaPGlite(new PGlite()) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
} satisfies PrismaConfig;
