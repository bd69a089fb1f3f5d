// npm run admin -- <command> [options]: sets up municipalities, schools, invites and people.
// English messages on purpose: this is a tool for whoever installs the bot (see run-cli.ts).
import { loadDatabaseConfig } from "../config.js";
import { systemClock, type DomainDeps } from "../domain/deps.js";
import { migrate } from "../db/migrate.js";
import { openDatabase, type Database } from "../db/open-database.js";
import { runCli } from "./run-cli.js";

let database: Database | undefined;

async function openDeps(): Promise<DomainDeps> {
  const config = loadDatabaseConfig();
  database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const result = await migrate(database.sql);
  if (result.applied.length > 0) console.error(`Database: applied ${result.applied.length} migration(s)`);
  return { db: database.prisma, now: systemClock };
}

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    deps: openDeps,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
} catch (error) {
  // Not an input problem: keep the stack, it is a bug or an unreachable database.
  console.error(error);
  process.exitCode = 1;
} finally {
  await database?.close();
}
