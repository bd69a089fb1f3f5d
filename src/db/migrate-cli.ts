// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded PGlite data folder.
import { loadDatabaseConfig } from "../config.js";
import { migrate } from "./migrate.js";
import { openDatabase } from "./open-database.js";

const config = loadDatabaseConfig();
const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await migrate(db.sql);
  const where = db.kind === "postgres" ? "PostgreSQL" : `PGlite (${config.dataDir})`;
  console.log(`${where}: applied ${result.applied.length}, already applied ${result.alreadyApplied.length}`);
  for (const name of result.applied) console.log(`  + ${name}`);
} finally {
  await db.close();
}
