// Text from outside made only of invisible characters, or carrying control characters: titles are refused with
// a reason the bot and the CLI can say; CSV fields lose their control characters before anything reads them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/domain/actor.js";
import { createCampaign } from "../../../src/domain/campaigns/create-campaign.js";
import { DomainError } from "../../../src/domain/errors.js";
import { createIndicator } from "../../../src/domain/indicators/create-indicator.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { importSchools } from "../../../src/domain/schools/import-schools.js";
import { listSchools } from "../../../src/domain/schools/list-schools.js";
import { readCsv } from "../../../src/domain/schools/read-csv.js";
import { createAccessFixture, type AccessFixture } from "../access/fixture.js";

/** Zero-width space, word joiner, Hangul filler, braille blank, left-to-right mark. */
const INVISIBLE = "\u200B\u2060\u3164\u2800\u200E";

let f: AccessFixture;
let methodologist: Actor;
beforeAll(async () => {
  f = await createAccessFixture();
  methodologist = await f.register({ role: "METHODOLOGIST" });
});
afterAll(async () => {
  await f.db.close();
});

async function reasonOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return { code: (error as DomainError).code, ...(error as DomainError).params };
}

describe("a title made only of invisible characters is refused in the domain", () => {
  it("a campaign title", async () => {
    const now = f.clock.now.getTime();
    const input = { period: "2026-Q4", indicatorIds: [1], opensAt: new Date(now), deadline: new Date(now + 86_400_000), schoolIds: "all" as const };
    expect(await reasonOf(createCampaign(f.deps, methodologist, { ...input, title: INVISIBLE }))).toMatchObject({
      code: "invalid-input",
      field: "title",
      reason: "only-invisible",
    });
    expect(await f.db.prisma.campaign.count()).toBe(0);
  });

  it("an indicator title and a municipality name", async () => {
    expect(
      await reasonOf(createIndicator(f.deps, systemActor, { municipalityId: f.municipalityId, code: "BLANK_ONE", kind: "COUNT", titleRu: INVISIBLE })),
    ).toMatchObject({ code: "invalid-input", field: "titleRu", reason: "only-invisible" });
    expect(await reasonOf(createMunicipality(f.deps, systemActor, { name: ` ${INVISIBLE} `, timeZone: "Europe/Moscow" }))).toMatchObject({
      code: "invalid-input",
      field: "name",
      reason: "only-invisible",
    });
  });

  it("control characters inside a title are stripped, the title kept", async () => {
    const municipality = await createMunicipality(f.deps, systemActor, { name: "Кашинский\u0000 городской\u0007 округ", timeZone: "Europe/Moscow" });
    expect(municipality.name).toBe("Кашинский городской округ");
  });
});

describe("CSV imports", () => {
  it("the reader strips NUL and other control characters from every field, keeping line breaks", () => {
    expect(readCsv('name,short_name\n"Школа\u0000 №\u00079\nкорпус 2",С\u001bОШ №9\u007f').records[1]!.fields).toEqual(["Школа №9\nкорпус 2", "СОШ №9"]);
  });

  it("a school import stores names without control characters and reports a name of invisible characters", async () => {
    const refused = await importSchools(f.deps, systemActor, {
      municipalityId: f.municipalityId,
      csv: `name,short_name\n"МОУ «СОШ\u0000 №7»",СОШ №7\n"${INVISIBLE}",${INVISIBLE}\n`,
    });
    expect(refused.errors).toEqual([{ line: 3, message: "name is empty; short_name is empty" }]);

    const imported = await importSchools(f.deps, systemActor, { municipalityId: f.municipalityId, csv: 'name,short_name\n"МОУ «СОШ\u0000 №7»",СОШ №7\u0000\n' });
    expect(imported).toMatchObject({ created: 1, errors: [] });
    const names = (await listSchools(f.deps, systemActor, { municipalityId: f.municipalityId })).map((s) => [s.name, s.shortName]);
    expect(names).toContainEqual(["МОУ «СОШ №7»", "СОШ №7"]);
  });
});
