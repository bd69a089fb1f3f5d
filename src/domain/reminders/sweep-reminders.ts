// The reminder sweep (a job runs it every few minutes, in any number of processes). It finds the campaigns,
// tasks and announcements owed a reminder now under the policy — by deadline, a few hundred rows for a
// region — and skips the slots already claimed; only for what is left does it read schools and people, and
// writes ONE outbox notice per person listing all their items. Then it claims those slots. A sweep that
// finds every slot claimed (most of them) reads nothing else.
//
// "Once" holds without a long transaction: each person's notice has a key made of the slots it carries, so a
// sweep that runs again before the claims were written (a crash, a second process) writes the same keys and
// the outbox keeps them once. After downtime each item gets one catch-up reminder: only the latest slot counts.
import { createHash } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client.js";
import { localDateOf } from "../calendar/local-date.js";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { DomainDeps } from "../deps.js";
import { enqueueNotices, type NoticeInput } from "../outbox/enqueue-notices.js";
import { listReminderCandidates, type OwedSource, type ReminderCandidate } from "./reminder-candidates.js";
import { isReminderTime, latestOpenedSlot, reminderSlots, type ReminderSettings, type ReminderSlot } from "./reminder-policy.js";
import { REMINDERS_NOTICE, type ReminderNoticeItem, type RemindersPayload } from "./reminder-notice.js";
import { listReminderSources, type ReminderSource } from "./reminder-sources.js";

export interface SweepResult {
  /** items listed in the notices written now */
  items: number;
  /** messages written to the outbox (one per person) */
  notices: number;
}

/** People per outbox statement: keeps each insert (and the PGlite connection it holds) short. */
export const PEOPLE_PER_STATEMENT = 1000;

export async function sweepReminders(deps: DomainDeps): Promise<SweepResult> {
  const now = deps.now();
  const municipalities = await deps.db.municipality.findMany({
    select: { id: true, timeZone: true, reminderHour: true, overdueReminderLimit: true, quietHoursStart: true, quietHoursEnd: true },
  });
  const calendar = await loadWorkingCalendar(deps, localDateOf(now, "UTC"));
  const settings = new Map(municipalities.map((m) => [m.id, toSettings(m)]));
  const active = municipalities.filter((m) => isReminderTime(now, settings.get(m.id)!, calendar)).map((m) => m.id);
  const sources = await listReminderSources(deps.db, active, now);
  const owed = await unclaimed(deps, owedSources(sources, settings, calendar, now));
  if (owed.length === 0) return { items: 0, notices: 0 };
  const candidates = await listReminderCandidates(deps.db, owed);
  const result: SweepResult = { items: 0, notices: 0 };
  for (const batch of chunk(noticesFor(candidates, settings), PEOPLE_PER_STATEMENT)) {
    const { keys } = await enqueueNotices(deps.db, now, batch.map((b) => b.notice), { returnKeys: true });
    const queued = new Set(keys);
    for (const b of batch.filter((b) => queued.has(b.notice.dedupeKey))) {
      result.notices += 1;
      result.items += b.items;
    }
  }
  await claim(deps, owed, now);
  return result;
}

function toSettings(m: { timeZone: string; reminderHour: number; overdueReminderLimit: number; quietHoursStart: number; quietHoursEnd: number }): ReminderSettings {
  return { timeZone: m.timeZone, reminderHour: m.reminderHour, overdueLimit: m.overdueReminderLimit, quietHoursStart: m.quietHoursStart, quietHoursEnd: m.quietHoursEnd };
}

/**
 * Sources come only from municipalities where reminders may go now (isReminderTime), so what is left of the
 * policy is each source's latest opened slot. Items that came to be after it (a school assigned later) are
 * left out by the candidates query, which is what the policy says of each item on its own.
 */
function owedSources(sources: ReminderSource[], settings: Map<number, ReminderSettings>, calendar: WorkingCalendar, now: Date): OwedSource[] {
  const owed: OwedSource[] = [];
  for (const source of sources) {
    const item = { due: source.due, startsAt: source.startsAt, remindWhenOverdue: source.type === "task" };
    const slot = latestOpenedSlot(item, reminderSlots(item, settings.get(source.municipalityId)!, calendar), now);
    if (!slot) continue;
    // An announcement's acknowledgment gets one reminder, near its deadline (the day before or on the day).
    if (source.type === "announcement" && slot.stage === "before-3") continue;
    owed.push({ ...source, slotAt: slot.at, stage: slot.stage, claimKey: claimKey(source, slot) });
  }
  return owed;
}

/**
 * One claim per source and local day: a campaign or task is reminded at most once a day (whatever deadline
 * a reopened school has), an announcement once at all.
 */
const claimKey = (s: ReminderSource, slot: ReminderSlot): string =>
  s.type === "announcement" ? `slot:announcement:${s.sourceId}` : `slot:${s.type}:${s.sourceId}:${slot.date}`;

async function unclaimed(deps: DomainDeps, owed: OwedSource[]): Promise<OwedSource[]> {
  if (owed.length === 0) return owed;
  const claimed = await deps.db.reminderClaim.findMany({ where: { key: { in: [...new Set(owed.map((o) => o.claimKey))] } }, select: { key: true } });
  const done = new Set(claimed.map((c) => c.key));
  return owed.filter((o) => !done.has(o.claimKey));
}

async function claim(deps: DomainDeps, owed: OwedSource[], now: Date): Promise<void> {
  await deps.db.reminderClaim.createMany({
    data: [...new Map(owed.map((o) => [o.claimKey, { key: o.claimKey, kind: `${o.type}.${o.stage}`, claimedAt: now }])).values()],
    skipDuplicates: true,
  });
}

/** Everything owed to one person at this moment goes as one message listing it, ordered by person. */
function noticesFor(candidates: ReminderCandidate[], settings: Map<number, ReminderSettings>): Array<{ notice: NoticeInput; items: number }> {
  const byPerson = new Map<number, ReminderCandidate[]>();
  for (const c of candidates) {
    const list = byPerson.get(c.personId);
    if (list) list.push(c);
    else byPerson.set(c.personId, [c]);
  }
  return [...byPerson.entries()].sort(([a], [b]) => a - b).map(([personId, items]) => {
    items.sort((a, b) => a.source.due.getTime() - b.source.due.getTime() || a.type.localeCompare(b.type) || a.itemId - b.itemId);
    const payload: RemindersPayload = {
      timeZone: settings.get(items[0]!.source.municipalityId)!.timeZone,
      items: items.map(({ type, itemId, taskId, schoolId, title, source }): ReminderNoticeItem => ({
        type,
        id: itemId,
        taskId,
        schoolId,
        title,
        due: source.due.toISOString(),
        stage: source.stage,
      })),
    };
    // Quiet hours are already respected: only people of municipalities where reminders may go now are swept
    // (the outbox's own look-up of every recipient's municipality would cost the first sweep of a region seconds).
    const notice: NoticeInput = { personId, kind: REMINDERS_NOTICE, dedupeKey: noticeKey(personId, items), payload: payload as unknown as Prisma.InputJsonValue, priority: 10, respectQuietHours: false };
    return { notice, items: items.length };
  });
}

/** The same person and the same slots give the same key, so a repeated sweep cannot send it twice. */
function noticeKey(personId: number, items: ReminderCandidate[]): string {
  const slots = [...new Set(items.map((i) => i.source.claimKey))].sort().join(" ");
  return `reminders:${personId}:${createHash("sha256").update(slots).digest("base64url").slice(0, 22)}`;
}

function chunk<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
