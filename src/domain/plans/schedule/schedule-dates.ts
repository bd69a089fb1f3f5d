// The deadlines a schedule produces inside the plan's period: one for a date or a range, every month /
// quarter / half-year / year-end for a recurrence, none for "as needed".
import { calendarDate, dateParts, endOfMonth, lastDayOfMonth, type CalendarDate } from "./calendar-date.js";
import type { PlanPeriod } from "./plan-period.js";
import type { Schedule } from "./schedule.js";

export function scheduleDates(s: Schedule, period: PlanPeriod | null): CalendarDate[] {
  switch (s.kind) {
    case "DATE":
    case "RANGE":
    case "DURING_PERIOD":
      return s.dueOn ? [s.dueOn] : [];
    case "MONTHLY":
      return recurring(s, period, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], null);
    case "QUARTERLY":
      return recurring(s, period, [3, 6, 9, 12], null);
    case "HALF_YEARLY":
      return recurring(s, period, [6, 12], null);
    case "YEARLY":
      return s.month ? recurring(s, period, [s.month], s.day) : [];
    default:
      return [];
  }
}

/** The months and day a recurrence falls on, whatever the period: «31.03, 30.06, 30.09, 31.12». */
export function recurrencePattern(s: Schedule): { month: number; day: number }[] {
  const months =
    s.kind === "MONTHLY" ? [] : s.kind === "QUARTERLY" ? [3, 6, 9, 12] : s.kind === "HALF_YEARLY" ? [6, 12] : s.month ? [s.month] : [];
  // A common (non-leap) year names the day: 28.02 rather than 29.02.
  return months.map((month) => ({ month, day: s.day ?? lastDayOfMonth(2023, month) }));
}

function recurring(s: Schedule, period: PlanPeriod | null, months: number[], day: number | null): CalendarDate[] {
  if (!period) return [];
  const from = s.startsOn && s.startsOn > period.start ? s.startsOn : period.start;
  const first = dateParts(period.start).year;
  const last = dateParts(period.end).year;
  const dates: CalendarDate[] = [];
  for (let year = first; year <= last; year++) {
    for (const month of months) {
      const date = day === null ? endOfMonth(year, month) : calendarDate(year, month, Math.min(day, lastDayOfMonth(year, month)));
      if (date >= from && date <= period.end) dates.push(date);
    }
  }
  return dates;
}
