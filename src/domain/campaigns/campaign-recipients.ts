// Campaign messages from jobs (opening notices, deadline reminders): the campaigns a job is due for, each with
// the heads still to be sent that kind of message — not revoked, reachable in Telegram, and without a
// ReminderLog key `${kind}:${campaignId}:${personId}` yet.
import type { Prisma } from "../../generated/prisma/client.js";
import type { DomainDeps } from "../deps.js";
import type { MunicipalityQuietHours } from "../municipalities/quiet-hours.js";

export interface CampaignRecipient {
  personId: number;
  telegramId: number;
  language: "ru" | "en";
  displayName: string;
  schoolId: number;
  schoolName: string;
  schoolShortName: string;
}

export interface CampaignNotice {
  campaignId: number;
  municipalityId: number;
  title: string;
  period: string;
  /** ISO moment; format it in timeZone. */
  deadline: string;
  timeZone: string;
  quietHours: MunicipalityQuietHours;
  recipients: CampaignRecipient[];
}

export const campaignReminderKey = (kind: string, campaignId: number, personId: number): string => `${kind}:${campaignId}:${personId}`;

/** The campaigns matching `where`, each with its heads not yet sent `kind`; campaigns with nobody left are omitted. */
export async function campaignNotices(
  deps: DomainDeps,
  where: Prisma.CampaignWhereInput,
  kind: string,
  options: { onlyNotSubmitted?: boolean } = {},
): Promise<CampaignNotice[]> {
  const campaigns = await deps.db.campaign.findMany({
    where,
    include: { municipality: { select: { timeZone: true, quietHoursStart: true, quietHoursEnd: true } } },
    orderBy: { deadline: "asc" },
  });
  const notices: CampaignNotice[] = [];
  for (const campaign of campaigns) {
    const recipients = await headsToNotify(deps, campaign.id, kind, options);
    if (recipients.length === 0) continue;
    notices.push({
      campaignId: campaign.id,
      municipalityId: campaign.municipalityId,
      title: campaign.title,
      period: campaign.period,
      deadline: campaign.deadline.toISOString(),
      timeZone: campaign.municipality.timeZone,
      quietHours: { ...campaign.municipality },
      recipients,
    });
  }
  return notices;
}

async function headsToNotify(
  deps: DomainDeps,
  campaignId: number,
  kind: string,
  options: { onlyNotSubmitted?: boolean } = {},
): Promise<CampaignRecipient[]> {
  const people = await deps.db.person.findMany({
    where: {
      role: "HEAD",
      revokedAt: null,
      blockedBotAt: null, // Telegram would answer 403 anyway
      telegramId: { not: null },
      school: {
        campaignSchools: { some: { campaignId } },
        ...(options.onlyNotSubmitted ? { submissions: { none: { campaignId, status: "SUBMITTED" } } } : {}),
      },
      reminders: { none: { key: { startsWith: `${kind}:${campaignId}:` } } },
    },
    include: { school: true },
    orderBy: [{ schoolId: "asc" }, { id: "asc" }],
  });
  return people.flatMap((p) =>
    p.school && p.telegramId !== null
      ? [
          {
            personId: p.id,
            // Telegram ids fit in 52 bits, so a number is exact and serialisable.
            telegramId: Number(p.telegramId),
            language: p.language,
            displayName: p.displayName,
            schoolId: p.school.id,
            schoolName: p.school.name,
            schoolShortName: p.school.shortName,
          },
        ]
      : [],
  );
}
