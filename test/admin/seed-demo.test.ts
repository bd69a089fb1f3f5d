import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainDeps } from "../../src/domain/deps.js";
import { redeemInvite } from "../../src/domain/invites/redeem-invite.js";
import { RealDataRefused } from "../../src/demo/demo-database.js";
import { seedDemo } from "../../src/demo/seed-demo.js";
import { createMunicipality } from "../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../src/domain/people/system-actor.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

let db: TestDatabase;
let deps: DomainDeps;
beforeAll(async () => {
  db = await createTestDatabase();
  deps = { db: db.prisma, now: () => new Date("2026-11-23T09:00:00Z") };
});
afterAll(async () => {
  await db.close();
});

describe("seedDemo", () => {
  it("creates the municipality, its schools, the catalogue and one redeemable invite per persona", async () => {
    const seed = await seedDemo(deps);
    expect(seed.municipality).toMatchObject({ name: "Лихославльский муниципальный округ", timeZone: "Europe/Moscow" });
    expect(seed.schools.map((s) => s.shortName)).toEqual(["СОШ №1", "СОШ №2", "Калашниковская СОШ", "Микшинская СОШ", "Кавская ООШ"]);
    expect(seed.personas.map((p) => p.key)).toEqual(["head1", "head2", "head3", "methodologist", "official", "admin"]);
    expect(new Set(seed.personas.map((p) => p.telegramUser.id)).size).toBe(6);
    expect(await db.prisma.indicator.count()).toBeGreaterThan(0);

    for (const persona of seed.personas) {
      const actor = await redeemInvite(deps, {
        code: persona.inviteCode,
        telegramId: persona.telegramUser.id,
        telegramName: `${persona.telegramUser.first_name} ${persona.telegramUser.last_name}`,
        language: persona.telegramUser.language_code,
      });
      expect(actor.role).toBe(persona.role);
      expect(actor.displayName).toBe(persona.displayName);
      const school = seed.schools.find((s) => s.shortName === persona.schoolShortName);
      expect(actor.schoolId).toBe(school?.id ?? null);
    }
  });

  it("runs again without duplicating anything and returns the same codes", async () => {
    const first = await db.prisma.school.count();
    const again = await seedDemo(deps);
    expect(await db.prisma.school.count()).toBe(first);
    expect(await db.prisma.municipality.count()).toBe(1);
    expect(again.personas.find((p) => p.key === "head1")?.inviteCode).toBe("demo-head1-invite");
  });

  it("refuses a database that holds a real municipality, seeding no known invite code into it", async () => {
    const real = await createTestDatabase();
    try {
      const realDeps: DomainDeps = { db: real.prisma, now: () => new Date("2026-11-23T09:00:00Z") };
      await createMunicipality(realDeps, systemActor, { name: "Торжокский муниципальный округ", timeZone: "Europe/Moscow" });
      await expect(seedDemo(realDeps)).rejects.toThrow(RealDataRefused);
      expect(await real.prisma.invite.count()).toBe(0);
      expect(await real.prisma.municipality.count()).toBe(1);
    } finally {
      await real.close();
    }
  });
});
