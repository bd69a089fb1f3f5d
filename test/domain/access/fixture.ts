// A migrated test database with one municipality, two schools and a clock the test moves.
import type { Actor } from "../../../src/domain/actor.js";
import type { DomainDeps } from "../../../src/domain/deps.js";
import { createInvite, type CreateInviteInput } from "../../../src/domain/invites/create-invite.js";
import { redeemInvite } from "../../../src/domain/invites/redeem-invite.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { importSchools } from "../../../src/domain/schools/import-schools.js";
import { listSchools } from "../../../src/domain/schools/list-schools.js";
import type { SchoolView } from "../../../src/domain/schools/school-view.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

export interface AccessFixture {
  db: TestDatabase;
  deps: DomainDeps;
  clock: { now: Date };
  municipalityId: number;
  schoolA: SchoolView;
  schoolB: SchoolView;
  /** invites and redeems in one go; telegram ids count up from 500001 */
  register(input: Omit<CreateInviteInput, "municipalityId"> & { municipalityId?: number }): Promise<Actor>;
  invite(input: Omit<CreateInviteInput, "municipalityId"> & { municipalityId?: number }): Promise<string>;
}

export async function createAccessFixture(name = "Тестовый муниципальный округ"): Promise<AccessFixture> {
  const db = await createTestDatabase();
  const clock = { now: new Date("2026-11-23T09:00:00Z") };
  const deps: DomainDeps = { db: db.prisma, now: () => clock.now };
  const municipality = await createMunicipality(deps, systemActor, { name, timeZone: "Europe/Moscow" });
  await importSchools(deps, systemActor, {
    municipalityId: municipality.id,
    csv: 'name,short_name\n"МОУ «СОШ №1»",СОШ №1\n"МОУ «СОШ №2»",СОШ №2\n',
  });
  const [schoolA, schoolB] = await listSchools(deps, systemActor, { municipalityId: municipality.id });
  let nextTelegramId = 500001;
  const invite: AccessFixture["invite"] = async (input) =>
    (await createInvite(deps, systemActor, { municipalityId: municipality.id, ...input })).code;
  return {
    db,
    deps,
    clock,
    municipalityId: municipality.id,
    schoolA: schoolA!,
    schoolB: schoolB!,
    invite,
    async register(input) {
      const code = await invite(input);
      return redeemInvite(deps, { code, telegramId: nextTelegramId++, telegramName: "Test Person" });
    },
  };
}
