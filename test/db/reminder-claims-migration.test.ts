// Upgrading a database that already reminded people: the per-person claims of the old sweep are folded into
// the per-slot claims of the new one, so nobody is reminded twice on the day of the upgrade.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate, readMigrations } from "../../src/db/migrate.js";
import type { Database } from "../../src/db/open-database.js";
import { createEmptyDatabase } from "../support/test-database.js";

const FOLDING = "20261126030000_reminder_claims_per_slot";
let db: Database | undefined;
let dir: string | undefined;
afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("folds the old per-person reminder claims into one claim per task, campaign or announcement and day", async () => {
  db = await createEmptyDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  // the migrations up to the one before the folding, as a database made before it has them
  for (const file of await readMigrations()) {
    if (file.name >= FOLDING) break;
    await cp(path.join(MIGRATIONS_DIR, file.name), path.join(dir, file.name), { recursive: true });
  }
  await migrate(db.sql, dir);
  await db.sql.exec(`
    INSERT INTO "Municipality" (id, name, "timeZone") VALUES (1, 'МО', 'Europe/Moscow');
    INSERT INTO "School" (id, "municipalityId", name, "shortName") VALUES (1, 1, 'Школа 1', 'Ш1'), (2, 1, 'Школа 2', 'Ш2');
    INSERT INTO "Person" (id, "displayName", role, "municipalityId", "schoolId") VALUES (1, 'Директор 1', 'HEAD', 1, 1), (2, 'Директор 2', 'HEAD', 1, 2);
    INSERT INTO "Task" (id, "municipalityId", title, source, "dueAt") VALUES (7, 1, 'Отчёт', 'MANUAL', TIMESTAMP '2026-11-27 15:00');
    INSERT INTO "TaskAssignment" (id, "taskId", "municipalityId", "dueAt", "schoolId") VALUES (70, 7, 1, TIMESTAMP '2026-11-27 15:00', 1), (71, 7, 1, TIMESTAMP '2026-11-27 15:00', 2);
    INSERT INTO "ReminderClaim" (key, "personId", kind, "claimedAt") VALUES
      ('remind:task:70:1:2026-11-24', 1, 'task.before-3', TIMESTAMP '2026-11-24 07:05'),
      ('remind:task:71:2:2026-11-24', 2, 'task.before-3', TIMESTAMP '2026-11-24 07:05'),
      ('remind:task:70:1:2026-11-26', 1, 'task.before-1', TIMESTAMP '2026-11-26 07:05'),
      ('remind:campaign:3:1:1:2026-11-24', 1, 'campaign.before-3', TIMESTAMP '2026-11-24 07:05'),
      ('remind:campaign:3:2:2:2026-11-24', 2, 'campaign.before-3', TIMESTAMP '2026-11-24 07:06'),
      ('remind:announcement:5:1', 1, 'announcement.before-1', TIMESTAMP '2026-11-25 07:05');
  `);
  await cp(path.join(MIGRATIONS_DIR, FOLDING), path.join(dir, FOLDING), { recursive: true });
  expect((await migrate(db.sql, dir)).applied).toEqual([FOLDING]);
  const claims = await db.sql.query<{ key: string; kind: string }>(`SELECT key, kind FROM "ReminderClaim" ORDER BY key`);
  expect(claims.map((c) => `${c.key} ${c.kind}`)).toEqual([
    "slot:announcement:5 announcement.before-1",
    "slot:campaign:3:2026-11-24 campaign.before-3",
    "slot:task:7:2026-11-24 task.before-3",
    "slot:task:7:2026-11-26 task.before-1",
  ]);
});
