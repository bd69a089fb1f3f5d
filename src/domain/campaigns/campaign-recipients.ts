// The heads a campaign message goes to: not revoked, reachable in Telegram, and not yet sent this kind of
// message for this campaign (their ReminderLog key is `${kind}:${campaignId}:${personId}`).
import type { DomainDeps } from "../deps.js";

export interface CampaignRecipient {
  personId: number;
  telegramId: number;
  language: "ru" | "en";
  displayName: string;
  schoolId: number;
  schoolName: string;
  schoolShortName: string;
}

export const campaignReminderKey = (kind: string, campaignId: number, personId: number): string => `${kind}:${campaignId}:${personId}`;

export async function headsToNotify(
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
