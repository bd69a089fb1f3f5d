// People to send to, without the ceremony of invites: heads inserted in bulk, each with a chat in the emulator,
// and notices for them in the outbox. For tests and the benchmark of the dispatcher.
import type { BotApiServer } from "../../emulator/index.js";
import { CAMPAIGN_REOPENED, type ReopenNoticePayload } from "../../src/domain/campaigns/campaign-notice-kinds.js";
import { enqueueNotices, type NoticeInput } from "../../src/domain/outbox/enqueue-notices.js";
import type { PrismaClient } from "../../src/generated/prisma/client.js";

export interface Recipient {
  personId: number;
  telegramId: number;
}

let nextTelegramId = 900_000;

/** A municipality in `timeZone` with one school and `count` heads, each with an open chat in the emulator. */
export async function addRecipients(db: PrismaClient, server: BotApiServer | undefined, count: number, timeZone = "Europe/Moscow"): Promise<Recipient[]> {
  const municipality = await db.municipality.create({ data: { name: `Округ ${timeZone} ${nextTelegramId}`, timeZone } });
  const school = await db.school.create({ data: { municipalityId: municipality.id, name: `Школа ${nextTelegramId}`, shortName: "Школа" } });
  const first = nextTelegramId;
  nextTelegramId += count;
  await db.person.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      telegramId: BigInt(first + i),
      displayName: `Руководитель ${i + 1}`,
      role: "HEAD" as const,
      municipalityId: municipality.id,
      schoolId: school.id,
    })),
  });
  const people = await db.person.findMany({ where: { schoolId: school.id }, orderBy: { id: "asc" } });
  for (const p of people) server?.user({ id: Number(p.telegramId), first_name: p.displayName }).startedEarlier();
  return people.map((p) => ({ personId: p.id, telegramId: Number(p.telegramId) }));
}

/** A notice whose text carries `label`, so each delivery can be told apart in the emulator. */
export function labelledNotice(recipient: Recipient, label: string, extra: Partial<NoticeInput> = {}): NoticeInput {
  const payload: ReopenNoticePayload = { campaignId: 1, schoolId: 1, title: label, until: "2026-12-01T15:00:00.000Z", timeZone: "Europe/Moscow" };
  return { personId: recipient.personId, kind: CAMPAIGN_REOPENED, dedupeKey: `test:${label}`, payload: { ...payload }, ...extra };
}

/** `count` notices spread over the recipients, labelled #0…#count-1. */
export async function enqueueLabelled(db: PrismaClient, now: Date, recipients: Recipient[], count: number): Promise<void> {
  const notices = Array.from({ length: count }, (_, i) => labelledNotice(recipients[i % recipients.length]!, `#${i}`, { respectQuietHours: false }));
  for (let i = 0; i < notices.length; i += 1000) await enqueueNotices(db, now, notices.slice(i, i + 1000));
}

/** How many times each label was delivered (accepted sendMessage calls). */
export function deliveriesByLabel(server: BotApiServer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of server.callsTo("sendMessage")) {
    if (!call.response?.ok) continue;
    const label = /«(#\d+)»/.exec(String(call.payload.text))?.[1];
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}
