// The weekly digest for officials: on the first working day of each week (Monday, or the next working day
// when Monday is a holiday), at the municipality's reminder hour. Overdue tasks by school, campaigns with
// schools missing, and what changed since last week. Once per person and week (the outbox dedupe key);
// anyone can turn it off (Person.weeklyDigest).
import type { Prisma } from "../../generated/prisma/client.js";
import { addDays, localDateOf, mondayOf } from "../calendar/local-date.js";
import { loadWorkingCalendar } from "../calendar/load-working-calendar.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { DomainDeps } from "../deps.js";
import { enqueueNotices } from "../outbox/enqueue-notices.js";
import { isReminderTime } from "../reminders/reminder-policy.js";
import { campaignProgress, overdueTotals, schoolDebts } from "../status/status-queries.js";
import { DIGEST_NOTICE, type DigestPayload } from "./digest-notice.js";

const WEEK_MS = 7 * 24 * 3600_000;
const DIGEST_SCHOOLS = 10;
const DIGEST_CAMPAIGNS = 8;

export async function sweepWeeklyDigest(deps: DomainDeps): Promise<{ notices: number }> {
  const now = deps.now();
  const calendar = await loadWorkingCalendar(deps, localDateOf(now, "UTC"));
  const municipalities = await deps.db.municipality.findMany({
    select: { id: true, name: true, timeZone: true, reminderHour: true, overdueReminderLimit: true, quietHoursStart: true, quietHoursEnd: true },
  });
  let notices = 0;
  for (const m of municipalities) {
    const settings = { ...m, overdueLimit: m.overdueReminderLimit };
    const today = localDateOf(now, m.timeZone);
    if (!isReminderTime(now, settings, calendar) || firstWorkingDayOfWeek(today, calendar) !== today) continue;
    const officials = await deps.db.person.findMany({
      where: { municipalityId: m.id, role: "OFFICIAL", weeklyDigest: true, revokedAt: null, blockedBotAt: null, telegramId: { not: null } },
      select: { id: true },
    });
    const week = mondayOf(today);
    // Officials already sent this week's digest need no new figures: the outbox would skip them anyway.
    const sent = await deps.db.outboxMessage.findMany({ where: { dedupeKey: { in: officials.map((o) => digestKey(o.id, week)) } }, select: { dedupeKey: true } });
    const due = officials.filter((o) => !sent.some((s) => s.dedupeKey === digestKey(o.id, week)));
    if (due.length === 0) continue;
    const payload = await buildDigest(deps, { id: m.id, name: m.name, timeZone: m.timeZone }, now, week);
    const result = await enqueueNotices(
      deps.db,
      now,
      due.map((o) => ({ personId: o.id, kind: DIGEST_NOTICE, dedupeKey: digestKey(o.id, week), payload: payload as unknown as Prisma.InputJsonValue, priority: 10 })),
    );
    notices += result.queued;
  }
  return { notices };
}

export const digestKey = (personId: number, week: string): string => `digest:${personId}:${week}`;

function firstWorkingDayOfWeek(today: string, calendar: WorkingCalendar): string | undefined {
  const monday = mondayOf(today);
  for (let i = 0; i < 7; i++) if (calendar.isWorkingDay(addDays(monday, i))) return addDays(monday, i);
  return undefined;
}

export async function buildDigest(deps: DomainDeps, m: { id: number; name: string; timeZone: string }, now: Date, week: string): Promise<DigestPayload> {
  const scope = { municipalityId: m.id, creatorId: null };
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  const [overdue, debtors, campaigns, tasksDone, formsSubmitted, newlyOverdue, tasksCreated] = await Promise.all([
    overdueTotals(deps.db, scope, now),
    schoolDebts(deps.db, scope, now, { limit: DIGEST_SCHOOLS, offset: 0 }),
    campaignProgress(deps.db, scope, now),
    deps.db.taskAssignment.count({ where: { municipalityId: m.id, doneAt: { gte: weekAgo, lte: now } } }),
    deps.db.submission.count({ where: { campaign: { municipalityId: m.id }, status: "SUBMITTED", submittedAt: { gte: weekAgo, lte: now } } }),
    deps.db.taskAssignment.count({ where: { municipalityId: m.id, status: "OPEN", dueAt: { gte: weekAgo, lt: now } } }),
    deps.db.task.count({ where: { municipalityId: m.id, createdAt: { gte: weekAgo, lte: now } } }),
  ]);
  return {
    municipalityName: m.name,
    timeZone: m.timeZone,
    at: now.toISOString(),
    week,
    overdue: { assignments: overdue.assignments, schools: overdue.schools },
    schools: debtors.rows.filter((d) => d.overdueTasks > 0).map((d) => ({ shortName: d.shortName, overdueTasks: d.overdueTasks, missingForms: d.missingForms })),
    campaigns: campaigns
      .filter((c) => c.submitted < c.schools)
      .slice(0, DIGEST_CAMPAIGNS)
      .map((c) => ({ title: c.title, deadline: c.deadline.toISOString(), missing: c.schools - c.submitted, schools: c.schools })),
    changes: { tasksDone, formsSubmitted, newlyOverdue, tasksCreated },
  };
}
