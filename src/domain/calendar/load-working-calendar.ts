// The calendar rows around a moment, as the pure WorkingCalendar the reminder policy reads.
import type { DomainDeps } from "../deps.js";
import { addDays, fromDbDate, type LocalDate } from "./local-date.js";
import { WorkingCalendar } from "./working-calendar.js";

/** Every municipality follows the federal calendar; the column leaves room for another country's table. */
export const DEFAULT_COUNTRY = "RU";

export async function loadWorkingCalendar(
  deps: Pick<DomainDeps, "db">,
  around: LocalDate,
  days = 120,
  country = DEFAULT_COUNTRY,
): Promise<WorkingCalendar> {
  const rows = await deps.db.calendarDay.findMany({
    where: {
      country,
      date: { gte: new Date(`${addDays(around, -days)}T00:00:00Z`), lte: new Date(`${addDays(around, days)}T00:00:00Z`) },
    },
    select: { date: true, kind: true },
  });
  return new WorkingCalendar(rows.map((r) => ({ date: fromDbDate(r.date), kind: r.kind })));
}
