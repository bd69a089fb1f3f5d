// A municipality with schools, heads and staff, a second municipality to forge ids from, the default
// indicator catalogue, and a clock tests move by hand.
import type { Person } from "../../src/generated/prisma/client.js";
import type { Actor } from "../../src/domain/actor.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { toActor } from "../../src/domain/people/to-actor.js";
import { createCampaign } from "../../src/domain/campaigns/create-campaign.js";
import { saveAnswer } from "../../src/domain/campaigns/save-answer.js";
import { submitSubmission, type SubmissionReceipt } from "../../src/domain/campaigns/submit-submission.js";
import { seedIndicatorCatalogue } from "../../src/domain/indicators/seed-indicator-catalogue.js";
import type { TestDatabase } from "./test-database.js";

export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export const actorOf = toActor;

export interface CampaignWorld {
  deps: DomainDeps;
  clock: TestClock;
  municipalityId: number;
  /** Ordered as created: Школа № 1, № 2, … */
  schools: Array<{ id: number; name: string; shortName: string }>;
  /** heads[i] is the head of schools[i]; school 0 has a second head, `secondHead`. */
  heads: Actor[];
  secondHead: Actor;
  methodologist: Actor;
  official: Actor;
  admin: Actor;
  foreign: { municipalityId: number; schoolId: number; head: Actor; methodologist: Actor };
  /** Catalogue indicator ids by code. */
  indicator: Record<string, number>;
}

let telegramIds = 100_000;

export async function createCampaignWorld(
  db: TestDatabase,
  options: { schools?: number; now?: string } = {},
): Promise<CampaignWorld> {
  const prisma = db.prisma;
  const clock = new TestClock(new Date(options.now ?? "2026-11-02T09:00:00Z"));
  const deps: DomainDeps = { db: prisma, now: clock.now };
  await seedIndicatorCatalogue(deps);
  const indicators = await prisma.indicator.findMany();
  const indicator = Object.fromEntries(indicators.map((i) => [i.code, i.id]));

  const suffix = Math.random().toString(36).slice(2, 8);
  const municipality = await prisma.municipality.create({ data: { name: `Лихославльский МО ${suffix}`, timeZone: "Europe/Moscow" } });
  const other = await prisma.municipality.create({ data: { name: `Лысьвенский ГО ${suffix}`, timeZone: "Asia/Yekaterinburg" } });

  const person = (role: Person["role"], municipalityId: number, displayName: string, schoolId: number | null = null) =>
    prisma.person.create({
      data: { role, municipalityId, schoolId, displayName, telegramId: BigInt(telegramIds++) },
    });

  const schools = [];
  const heads: Actor[] = [];
  for (let n = 1; n <= (options.schools ?? 4); n++) {
    const school = await prisma.school.create({
      data: { municipalityId: municipality.id, name: `МОУ «Средняя школа № ${n}»`, shortName: `СШ № ${n}` },
    });
    schools.push({ id: school.id, name: school.name, shortName: school.shortName });
    heads.push(actorOf(await person("HEAD", municipality.id, `Директор СШ № ${n}`, school.id)));
  }
  const secondHead = actorOf(await person("HEAD", municipality.id, "Заместитель директора СШ № 1", schools[0]!.id));
  const foreignSchool = await prisma.school.create({
    data: { municipalityId: other.id, name: "МАОУ «Лицей № 1»", shortName: "Лицей № 1" },
  });

  return {
    deps,
    clock,
    municipalityId: municipality.id,
    schools,
    heads,
    secondHead,
    methodologist: actorOf(await person("METHODOLOGIST", municipality.id, "Методист ММС")),
    official: actorOf(await person("OFFICIAL", municipality.id, "Специалист МОУО")),
    admin: actorOf(await person("ADMIN", municipality.id, "Администратор")),
    foreign: {
      municipalityId: other.id,
      schoolId: foreignSchool.id,
      head: actorOf(await person("HEAD", other.id, "Директор лицея", foreignSchool.id)),
      methodologist: actorOf(await person("METHODOLOGIST", other.id, "Методист Лысьвы")),
    },
    indicator,
  };
}

/** Creates a campaign as the methodologist an hour before it opens, then moves the clock an hour past opening. */
export async function startCampaign(
  world: CampaignWorld,
  options: { title?: string; period: string; codes: string[]; opensAt: string; deadline: string; schoolIds?: number[] | "all" },
): Promise<number> {
  const opensAt = new Date(options.opensAt);
  world.clock.set(new Date(opensAt.getTime() - 3_600_000).toISOString());
  const created = await createCampaign(world.deps, world.methodologist, {
    title: options.title ?? `Мониторинг ${options.period}`,
    period: options.period,
    indicatorIds: options.codes.map((code) => {
      const id = world.indicator[code];
      if (id === undefined) throw new Error(`no indicator ${code}`);
      return id;
    }),
    opensAt,
    deadline: new Date(options.deadline),
    schoolIds: options.schoolIds ?? "all",
  });
  world.clock.set(new Date(opensAt.getTime() + 3_600_000).toISOString());
  return created.campaignId;
}

/** The head answers every indicator given (confirming any plausibility question), then submits. */
export async function answerAndSubmit(
  world: CampaignWorld,
  campaignId: number,
  head: Actor,
  answers: Record<string, string>,
): Promise<SubmissionReceipt> {
  const schoolId = head.schoolId ?? 0;
  for (const [code, raw] of Object.entries(answers)) {
    const result = await saveAnswer(world.deps, head, {
      campaignId,
      schoolId,
      indicatorId: world.indicator[code] ?? 0,
      raw,
      confirmed: true,
    });
    if (result.status !== "saved") throw new Error(`${code} ${raw}: ${JSON.stringify(result)}`);
  }
  return submitSubmission(world.deps, head, { campaignId, schoolId });
}
