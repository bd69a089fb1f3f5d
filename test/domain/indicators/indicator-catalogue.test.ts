import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIndicator } from "../../../src/domain/indicators/create-indicator.js";
import { DEFAULT_INDICATORS } from "../../../src/domain/indicators/catalogue.js";
import { listIndicators } from "../../../src/domain/indicators/list-indicators.js";
import { seedIndicatorCatalogue } from "../../../src/domain/indicators/seed-indicator-catalogue.js";
import { createCampaignWorld, type CampaignWorld } from "../../support/fixtures-campaigns.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
let world: CampaignWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createCampaignWorld(db); // seeds the catalogue once
});
afterAll(() => db?.close());

describe("the indicator catalogue", () => {
  it("has the roadmap indicators with Russian and English texts", () => {
    expect(DEFAULT_INDICATORS.map((i) => i.kind)).toEqual([
      "SHARE", "COUNT", "SHARE", "SHARE", "BOOLEAN", "BOOLEAN", "BOOLEAN", "COUNT", "SHARE", "SHARE", "SHARE", "SHARE", "TEXT",
    ]);
    for (const i of DEFAULT_INDICATORS) {
      expect(i.titleRu).toMatch(/[а-я]/);
      expect(i.titleEn).toMatch(/^[A-Z]/);
      expect(i.helpRu.length).toBeGreaterThan(5);
    }
    expect(new Set(DEFAULT_INDICATORS.map((i) => i.code)).size).toBe(DEFAULT_INDICATORS.length);
  });

  it("seeding again changes nothing but texts, and creates no duplicates", async () => {
    const before = await db.prisma.indicator.count();
    const again = await seedIndicatorCatalogue(world.deps);
    expect(again.created).toEqual([]);
    expect(again.updated).toHaveLength(DEFAULT_INDICATORS.length);
    expect(await db.prisma.indicator.count()).toBe(before);
  });

  it("a methodologist adds an indicator of the municipality; its code must be new", async () => {
    const created = await createIndicator(world.deps, world.methodologist, {
      code: "school_museum",
      kind: "BOOLEAN",
      titleRu: "Наличие школьного музея",
    });
    expect(created).toMatchObject({ code: "SCHOOL_MUSEUM", municipalityId: world.municipalityId, titleEn: "Наличие школьного музея" });
    // Codes are unique within a municipality: another municipality may use the same code for its own indicator.
    await expect(
      createIndicator(world.deps, world.foreign.methodologist, { code: "SCHOOL_MUSEUM", kind: "COUNT", titleRu: "Другое" }),
    ).resolves.toMatchObject({ code: "SCHOOL_MUSEUM", municipalityId: world.foreign.methodologist.municipalityId });
    await expect(
      createIndicator(world.deps, world.methodologist, { code: "SCHOOL_MUSEUM", kind: "COUNT", titleRu: "Другое" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      createIndicator(world.deps, world.methodologist, { code: "ATTESTATION_SHARE", kind: "SHARE", titleRu: "Копия" }),
    ).rejects.toMatchObject({ code: "conflict" });
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "indicator.create", entityId: String(created.id) } });
    expect(audit?.actorId).toBe(world.methodologist.personId);
  });

  it("refuses heads, officials and bad input", async () => {
    const input = { code: "X_ONE", kind: "COUNT" as const, titleRu: "Показатель" };
    await expect(createIndicator(world.deps, world.heads[0]!, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createIndicator(world.deps, world.official, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createIndicator(world.deps, world.methodologist, { ...input, code: "1 bad" }),
    ).rejects.toMatchObject({ code: "invalid-input" });
    await expect(
      createIndicator(world.deps, world.methodologist, { ...input, minValue: 10, maxValue: 5 }),
    ).rejects.toMatchObject({ code: "invalid-input", params: { field: "maxValue" } });
  });

  it("lists the shared catalogue and the municipality's own, not others' nor archived ones", async () => {
    await createIndicator(world.deps, world.foreign.methodologist, { code: "PERM_ONLY", kind: "COUNT", titleRu: "Пермский" });
    const archived = await createIndicator(world.deps, world.methodologist, { code: "OLD_ONE", kind: "COUNT", titleRu: "Старый" });
    await db.prisma.indicator.update({ where: { id: archived.id }, data: { archivedAt: world.deps.now() } });

    const codes = (await listIndicators(world.deps, world.heads[0]!)).map((i) => i.code);
    expect(codes).toContain("DEFICIT_DIAGNOSTICS_SHARE");
    expect(codes).toContain("SCHOOL_MUSEUM");
    expect(codes).not.toContain("PERM_ONLY");
    expect(codes).not.toContain("OLD_ONE");
    expect(codes.slice(0, DEFAULT_INDICATORS.length)).toEqual(DEFAULT_INDICATORS.map((i) => i.code));
    const shares = await listIndicators(world.deps, world.methodologist, { kind: "SHARE" });
    expect(shares.every((i) => i.kind === "SHARE")).toBe(true);
  });
});
