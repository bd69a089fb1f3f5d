// The demo municipality, its schools, the indicator catalogue and one invite per demo persona. Safe to run
// again: what exists is found and reused, so the same codes come back. Never on a database with real data in
// it (demo-database.ts): the demo's invite codes are public.
import type { DomainDeps } from "../domain/deps.js";
import { claimDemoDatabase } from "./demo-database.js";
import { isDomainError } from "../domain/errors.js";
import { seedIndicatorCatalogue } from "../domain/indicators/seed-indicator-catalogue.js";
import { createInvite } from "../domain/invites/create-invite.js";
import { findInviteByCode } from "../domain/invites/find-invite-by-code.js";
import { createMunicipality } from "../domain/municipalities/create-municipality.js";
import { findMunicipality } from "../domain/municipalities/find-municipality.js";
import type { MunicipalityView } from "../domain/municipalities/municipality-view.js";
import { systemActor } from "../domain/people/system-actor.js";
import { importSchools } from "../domain/schools/import-schools.js";
import { listSchools } from "../domain/schools/list-schools.js";
import type { SchoolView } from "../domain/schools/school-view.js";
import type { Role } from "../generated/prisma/enums.js";
import {
  DEMO_INVITE_DAYS,
  DEMO_MUNICIPALITY,
  DEMO_PERSONAS,
  DEMO_SCHOOLS,
  demoInviteCode,
  type DemoPersonaKey,
} from "./demo-data.js";

export interface DemoPersona {
  key: DemoPersonaKey;
  displayName: string;
  role: Role;
  schoolShortName?: string;
  inviteCode: string;
  /** what the emulator puts in `from` for this persona */
  telegramUser: { id: number; first_name: string; last_name: string; language_code: "ru" };
}

export interface DemoSeed {
  municipality: MunicipalityView;
  schools: SchoolView[];
  personas: DemoPersona[];
}

export async function seedDemo(deps: DomainDeps): Promise<DemoSeed> {
  await claimDemoDatabase(deps);
  const municipality = await findOrCreateMunicipality(deps);

  const csv = ["name,short_name", ...DEMO_SCHOOLS.map((s) => `${csvField(s.name)},${csvField(s.shortName)}`)].join("\n");
  const imported = await importSchools(deps, systemActor, { municipalityId: municipality.id, csv });
  if (imported.errors.length > 0) {
    throw new Error(`demo schools: ${imported.errors.map((e) => `line ${e.line}: ${e.message}`).join("; ")}`);
  }
  const all = await listSchools(deps, systemActor, { municipalityId: municipality.id });
  const schools = DEMO_SCHOOLS.map((demo) => {
    const school = all.find((s) => s.name === demo.name);
    if (!school) throw new Error(`demo school missing after import: ${demo.name}`);
    return school;
  });

  await seedIndicatorCatalogue(deps);

  const personas: DemoPersona[] = [];
  for (const spec of DEMO_PERSONAS) {
    const displayName = `${spec.firstName} ${spec.lastName}`;
    const code = demoInviteCode(spec.key);
    if (!(await findInviteByCode(deps.db, code))) {
      const school = spec.schoolShortName ? schools.find((s) => s.shortName === spec.schoolShortName) : undefined;
      await createInvite(
        deps,
        systemActor,
        {
          role: spec.role,
          municipalityId: municipality.id,
          schoolId: school?.id ?? null,
          displayName,
          expiresInDays: DEMO_INVITE_DAYS,
        },
        { code },
      );
    }
    personas.push({
      key: spec.key,
      displayName,
      role: spec.role,
      ...(spec.schoolShortName ? { schoolShortName: spec.schoolShortName } : {}),
      inviteCode: code,
      telegramUser: { id: spec.telegramId, first_name: spec.firstName, last_name: spec.lastName, language_code: "ru" },
    });
  }
  return { municipality, schools, personas };
}

async function findOrCreateMunicipality(deps: DomainDeps): Promise<MunicipalityView> {
  try {
    return await findMunicipality(deps, systemActor, DEMO_MUNICIPALITY.name);
  } catch (error) {
    if (!isDomainError(error, "not-found")) throw error;
    return createMunicipality(deps, systemActor, { name: DEMO_MUNICIPALITY.name, timeZone: DEMO_MUNICIPALITY.timeZone });
  }
}

const csvField = (value: string): string => `"${value.replaceAll('"', '""')}"`;
