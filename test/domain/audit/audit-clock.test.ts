// Audit rows carry the use case's clock, not the database's: a test or the demo that moves time sees it in the log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainDeps } from "../../../src/domain/deps.js";
import { createInvite } from "../../../src/domain/invites/create-invite.js";
import { revokeInvite } from "../../../src/domain/invites/revoke-invite.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
let moment = new Date("2031-02-03T04:05:06Z");
let deps: DomainDeps;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => moment };
});
afterAll(() => db?.close());

describe("the audit log's time", () => {
  it("is deps.now() of the change, for every use case that records one", async () => {
    const municipality = await createMunicipality(deps, systemActor, { name: "Тестовый округ", timeZone: "Europe/Moscow" });
    moment = new Date("2031-02-04T10:00:00Z");
    const invite = await createInvite(deps, systemActor, { role: "OFFICIAL", municipalityId: municipality.id });
    moment = new Date("2031-02-05T12:30:00Z");
    await revokeInvite(deps, systemActor, { code: invite.code });

    const rows = await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.at.toISOString()])).toEqual([
      ["municipality.create", "2031-02-03T04:05:06.000Z"],
      ["invite.create", "2031-02-04T10:00:00.000Z"],
      ["invite.revoke", "2031-02-05T12:30:00.000Z"],
    ]);
  });
});
