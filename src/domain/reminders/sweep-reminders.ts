// The reminder sweep (a job runs it every few minutes, in any number of processes): finds what is owed a
// reminder now under the policy, claims each item's slot once in ReminderClaim, and writes ONE outbox notice
// per person listing all their items, in the same transaction as the claims. A restart or a second process
// finds the claims and sends nothing twice; after downtime each item gets one catch-up reminder.
import type { Prisma } from "../../generated/prisma/client.js";
import { localDateOf } from "../calendar/local-date.js";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { DomainDeps } from "../deps.js";
import { enqueueNotices, type NoticeInput } from "../outbox/enqueue-notices.js";
import { listReminderCandidates, type ReminderCandidate } from "./reminder-candidates.js";
import { isReminderTime, latestOpenedSlot, reminderSlots, type ReminderSettings, type ReminderSlot } from "./reminder-policy.js";
import { REMINDERS_NOTICE, type ReminderNoticeItem, type RemindersPayload } from "./reminder-notice.js";

export interface SweepResult {
  /** item slots claimed now */
  items: number;
  /** messages written to the outbox (one per person) */
  notices: number;
}

interface Owed {
  candidate: ReminderCandidate;
  slot: ReminderSlot;
  key: string;
}

export async function sweepReminders(deps: DomainDeps): Promise<SweepResult> {
  const now = deps.now();
  const municipalities = await deps.db.municipality.findMany({
    select: { id: true, timeZone: true, reminderHour: true, overdueReminderLimit: true, quietHoursStart: true, quietHoursEnd: true },
  });
  const calendar = await loadWorkingCalendar(deps, localDateOf(now, "UTC"));
  const settings = new Map(municipalities.map((m) => [m.id, toSettings(m)]));
  const active = municipalities.filter((m) => isReminderTime(now, settings.get(m.id)!, calendar)).map((m) => m.id);
  const candidates = await listReminderCandidates(deps.db, active, now);
  const owed = await notYetClaimed(deps, owedSlots(candidates, settings, calendar, now));
  const result: SweepResult = { items: 0, notices: 0 };
  for (const batch of byPeople(owed, PEOPLE_PER_TRANSACTION)) {
    const done = await deps.db.$transaction(async (tx) => {
      const won = await claim(tx, batch, now);
      const notices = noticesFor(batch.filter((o) => won.has(o.key)), settings);
      await enqueueNotices(tx, now, notices);
      return { items: won.size, notices: notices.length };
    });
    result.items += done.items;
    result.notices += done.notices;
  }
  return result;
}

/**
 * People per transaction. A person's claims and their one message are always written together; splitting the
 * sweep by people keeps each transaction short (the first sweep of a day over a whole region owes tens of
 * thousands of slots, more than one interactive transaction may take) and leaves "once" as it was.
 */
export const PEOPLE_PER_TRANSACTION = 1000;

function byPeople(owed: Owed[], size: number): Owed[][] {
  const people = [...new Set(owed.map((o) => o.candidate.personId))].sort((a, b) => a - b);
  const batchOf = new Map(people.map((personId, i) => [personId, Math.floor(i / size)]));
  const batches: Owed[][] = Array.from({ length: Math.ceil(people.length / size) }, () => []);
  for (const o of owed) batches[batchOf.get(o.candidate.personId)!]!.push(o);
  return batches;
}

function toSettings(m: { timeZone: string; reminderHour: number; overdueReminderLimit: number; quietHoursStart: number; quietHoursEnd: number }): ReminderSettings {
  return { timeZone: m.timeZone, reminderHour: m.reminderHour, overdueLimit: m.overdueReminderLimit, quietHoursStart: m.quietHoursStart, quietHoursEnd: m.quietHoursEnd };
}

/**
 * Candidates come only from municipalities where reminders may go now (isReminderTime), so what is left of the
 * policy is each item's slots. Those depend on the deadline and the municipality alone, and a deadline is
 * shared by every school of a campaign or a task: computed once per deadline (time-zone arithmetic is what
 * a region-wide sweep would otherwise spend its time on).
 */
function owedSlots(candidates: ReminderCandidate[], settings: Map<number, ReminderSettings>, calendar: WorkingCalendar, now: Date): Owed[] {
  const slotsOf = new Map<string, ReminderSlot[]>();
  const owed: Owed[] = [];
  for (const candidate of candidates) {
    const item = { due: candidate.due, startsAt: candidate.startsAt, remindWhenOverdue: candidate.type === "task" };
    const key = `${candidate.municipalityId}:${item.remindWhenOverdue}:${item.due.getTime()}`;
    let slots = slotsOf.get(key);
    if (!slots) slotsOf.set(key, (slots = reminderSlots(item, settings.get(candidate.municipalityId)!, calendar)));
    const slot = latestOpenedSlot(item, slots, now);
    if (slot) owed.push({ candidate, slot, key: claimKey(candidate, slot) });
  }
  return owed;
}

/** One claim per item, person and slot day: the slot is what "once" means. */
const claimKey = (c: ReminderCandidate, slot: ReminderSlot): string =>
  c.type === "campaign" ? `remind:campaign:${c.itemId}:${c.schoolId}:${c.personId}:${slot.date}` : `remind:task:${c.itemId}:${c.personId}:${slot.date}`;

/**
 * Most sweeps find every slot already claimed; asking for the keys NOT yet claimed (usually none) keeps both
 * the answer and the transaction small.
 */
async function notYetClaimed(deps: DomainDeps, owed: Owed[]): Promise<Owed[]> {
  if (owed.length === 0) return owed;
  const rows = await deps.db.$queryRawUnsafe<Array<{ key: string }>>(
    `SELECT k.value AS key FROM jsonb_array_elements_text($1::jsonb) k
      WHERE NOT EXISTS (SELECT 1 FROM "ReminderClaim" c WHERE c.key = k.value)`,
    JSON.stringify(owed.map((o) => o.key)),
  );
  const open = new Set(rows.map((r) => r.key));
  return owed.filter((o) => open.has(o.key));
}

/** The insert only one transaction can win per key (a second process waits for the first, then skips). */
async function claim(tx: Prisma.TransactionClient, owed: Owed[], now: Date): Promise<Set<string>> {
  const rows = await tx.$queryRawUnsafe<Array<{ key: string }>>(
    `INSERT INTO "ReminderClaim" (key, "personId", kind, "claimedAt")
     SELECT r.key, r."personId", r.kind, $2::timestamp(3) FROM jsonb_to_recordset($1::jsonb) AS r(key text, "personId" int, kind text)
     ON CONFLICT (key) DO NOTHING RETURNING key`,
    JSON.stringify(owed.map((o) => ({ key: o.key, personId: o.candidate.personId, kind: `${o.candidate.type}.${o.slot.stage}` }))),
    now.toISOString(),
  );
  return new Set(rows.map((r) => r.key));
}

/** Everything owed to one person at this moment goes as one message listing it. */
function noticesFor(owed: Owed[], settings: Map<number, ReminderSettings>): NoticeInput[] {
  const byPerson = new Map<number, Owed[]>();
  for (const o of owed) byPerson.set(o.candidate.personId, [...(byPerson.get(o.candidate.personId) ?? []), o]);
  // By person, so the outbox (and so delivery) order is the same on every run.
  return [...byPerson.entries()].sort(([a], [b]) => a - b).map(([personId, items]) => {
    items.sort((a, b) => a.candidate.due.getTime() - b.candidate.due.getTime() || a.key.localeCompare(b.key));
    const payload: RemindersPayload = {
      timeZone: settings.get(items[0]!.candidate.municipalityId)!.timeZone,
      items: items.map(({ candidate: c, slot }): ReminderNoticeItem => ({
        type: c.type,
        id: c.itemId,
        taskId: c.taskId,
        schoolId: c.schoolId,
        title: c.title,
        due: c.due.toISOString(),
        stage: slot.stage,
      })),
    };
    // The smallest claim key just won is unique to this message, so the outbox keeps it once. Quiet hours are
    // already respected: only people of municipalities where reminders may go now are swept (the outbox's own
    // look-up of every recipient's municipality would cost the first sweep of a region seconds).
    const first = items.map((i) => i.key).sort()[0]!;
    return { personId, kind: REMINDERS_NOTICE, dedupeKey: `reminders:${first}`, payload: payload as unknown as Prisma.InputJsonValue, priority: 10, respectQuietHours: false };
  });
}
