// A large municipality in seconds, for the scale benchmark and the bot tests at 1,000 schools: schools,
// staff, a closed campaign of last period and an open one, forms submitted or in draft — all with set-based
// INSERT … SELECT, none through the use cases (those are what the tests and the bench time).
import type { PrismaClient } from "../../src/generated/prisma/client.js";
import type { Actor } from "../../src/domain/actor.js";
import { toActor } from "../../src/domain/people/to-actor.js";
import { seedIndicatorCatalogue } from "../../src/domain/indicators/seed-indicator-catalogue.js";

export interface ScaleMunicipality {
  municipalityId: number;
  /** In creation order; names «МОУ «Школа № N»», short names «Школа № N». */
  schoolIds: number[];
  methodologist: Actor;
  official: Actor;
  /** [last period's, closed; this period's, open]. */
  campaignIds: number[];
  indicatorIds: number[];
}

export interface ScaleSeedOptions {
  schools: number;
  name?: string;
  /** Telegram ids of the methodologist and the official (to redeem nothing: they are registered directly). */
  staffTelegramIds?: [number, number];
  /** Shares of schools that submitted / have a draft in the open campaign (defaults 0.7 / 0.1). */
  submitted?: number;
  drafts?: number;
  /** The moment "now" is around: the open campaign runs from a week before it to a week after. */
  now?: Date;
  /** Without the campaigns (only schools and staff). */
  noCampaigns?: boolean;
}

export async function seedScaleMunicipality(db: PrismaClient, options: ScaleSeedOptions): Promise<ScaleMunicipality> {
  const now = options.now ?? new Date("2026-11-23T09:00:00Z");
  await seedIndicatorCatalogue({ db, now: () => now });
  const indicators = await db.indicator.findMany({ where: { municipalityId: null, archivedAt: null }, orderBy: { position: "asc" } });
  const municipality = await db.municipality.create({
    data: { name: options.name ?? `Масштабный МО ${options.schools} ${Math.random().toString(36).slice(2, 6)}`, timeZone: "Europe/Moscow" },
  });
  const municipalityId = municipality.id;
  const n = options.schools;
  await db.$executeRaw`
    INSERT INTO "School" ("municipalityId", name, "shortName")
    SELECT ${municipalityId}, 'МОУ «Школа № ' || g || '»', 'Школа № ' || g FROM generate_series(1, ${n}::int) g`;
  const schoolIds = (await db.school.findMany({ where: { municipalityId }, select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
  const [mTg, oTg] = options.staffTelegramIds ?? [undefined, undefined];
  const methodologist = toActor(
    await db.person.create({ data: { role: "METHODOLOGIST", municipalityId, displayName: "Методист", telegramId: mTg === undefined ? null : BigInt(mTg) } }),
  );
  const official = toActor(
    await db.person.create({ data: { role: "OFFICIAL", municipalityId, displayName: "Специалист", telegramId: oTg === undefined ? null : BigInt(oTg) } }),
  );
  const seeded = { municipalityId, schoolIds, methodologist, official, campaignIds: [], indicatorIds: indicators.map((i) => i.id) };
  if (options.noCampaigns) return seeded;

  const week = 7 * 24 * 3600_000;
  const previous = await seedCampaign(db, seeded, indicators, {
    title: "Мониторинг 2026-Q3",
    period: "2026-Q3",
    opensAt: new Date(now.getTime() - 10 * week),
    deadline: new Date(now.getTime() - 8 * week),
    submitted: 0.95,
    drafts: 0.02,
  });
  const current = await seedCampaign(db, seeded, indicators, {
    title: "Мониторинг 2026-Q4",
    period: "2026-Q4",
    opensAt: new Date(now.getTime() - week),
    deadline: new Date(now.getTime() + week),
    submitted: options.submitted ?? 0.7,
    drafts: options.drafts ?? 0.1,
  });
  return { ...seeded, campaignIds: [previous, current] };
}

type Kind = "SHARE" | "COUNT" | "BOOLEAN" | "TEXT";

async function seedCampaign(
  db: PrismaClient,
  m: { municipalityId: number; schoolIds: number[]; methodologist: Actor },
  indicators: Array<{ id: number; kind: Kind }>,
  spec: { title: string; period: string; opensAt: Date; deadline: Date; submitted: number; drafts: number },
): Promise<number> {
  const campaign = await db.campaign.create({
    data: {
      municipalityId: m.municipalityId,
      title: spec.title,
      period: spec.period,
      opensAt: spec.opensAt,
      deadline: spec.deadline,
      openedAt: spec.opensAt,
      createdById: m.methodologist.personId,
      createdAt: spec.opensAt,
    },
  });
  const campaignId = campaign.id;
  await db.campaignIndicator.createMany({ data: indicators.map((i, position) => ({ campaignId, indicatorId: i.id, position })) });
  await db.$executeRaw`
    INSERT INTO "CampaignSchool" ("campaignId", "schoolId")
    SELECT ${campaignId}, id FROM "School" WHERE "municipalityId" = ${m.municipalityId}`;
  const submittedUpTo = Math.round(m.schoolIds.length * spec.submitted);
  const formsUpTo = submittedUpTo + Math.round(m.schoolIds.length * spec.drafts);
  // The first schools (by id) submitted, the next ones have drafts, the rest have not started.
  await db.$executeRaw`
    INSERT INTO "Submission" ("campaignId", "schoolId", status, "submittedAt", "createdAt", "updatedAt")
    SELECT ${campaignId}, id,
           (CASE WHEN rn <= ${submittedUpTo} THEN 'SUBMITTED' ELSE 'DRAFT' END)::"SubmissionStatus",
           CASE WHEN rn <= ${submittedUpTo} THEN ${spec.opensAt}::timestamp END, ${spec.opensAt}::timestamp, ${spec.opensAt}::timestamp
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "School" WHERE "municipalityId" = ${m.municipalityId}) sc
    WHERE rn <= ${formsUpTo}`;
  // Submitted forms answer everything; a draft the first three indicators.
  await db.$executeRaw`
    INSERT INTO "SubmissionValue" ("submissionId", "indicatorId", numerator, denominator, number, flag, text, "updatedAt")
    SELECT s.id, i.id,
           CASE WHEN i.kind = 'SHARE' THEN s.id % 20 END, CASE WHEN i.kind = 'SHARE' THEN 40 END,
           CASE WHEN i.kind = 'COUNT' THEN s.id % 7 END, CASE WHEN i.kind = 'BOOLEAN' THEN s.id % 3 <> 0 END,
           CASE WHEN i.kind = 'TEXT' THEN 'Нехватка часов на курсы' END, ${spec.opensAt}::timestamp
    FROM "Submission" s
    JOIN "CampaignIndicator" ci ON ci."campaignId" = s."campaignId"
    JOIN "Indicator" i ON i.id = ci."indicatorId"
    WHERE s."campaignId" = ${campaignId} AND (s.status = 'SUBMITTED' OR ci.position < 3)`;
  return campaignId;
}
