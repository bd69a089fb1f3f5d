// The working-day calendar (производственный календарь) as a pure object: ordinary weekends, plus the
// country's table of holidays, moved days off, shortened days and weekend days made working by a transfer.
import { addDays, isoWeekday, type LocalDate } from "./local-date.js";

export type CalendarDayKind = "NON_WORKING" | "SHORTENED" | "WORKING";

export interface CalendarEntry {
  date: LocalDate;
  kind: CalendarDayKind;
}

/** Reminders look at most this far for a working day; a stretch of days off is never longer than two weeks. */
const SEARCH_LIMIT_DAYS = 60;

export class WorkingCalendar {
  private readonly kinds: Map<LocalDate, CalendarDayKind>;

  constructor(entries: readonly CalendarEntry[]) {
    this.kinds = new Map(entries.map((e) => [e.date, e.kind]));
  }

  isWorkingDay(date: LocalDate): boolean {
    const kind = this.kinds.get(date);
    if (kind === "NON_WORKING") return false;
    if (kind === "WORKING" || kind === "SHORTENED") return true;
    return isoWeekday(date) <= 5;
  }

  isShortened(date: LocalDate): boolean {
    return this.kinds.get(date) === "SHORTENED";
  }

  /** `date` itself when it is a working day, else the nearest working day before it. */
  workingDayOnOrBefore(date: LocalDate): LocalDate {
    return this.search(date, -1, true);
  }

  /** The nearest working day strictly after `date`. */
  workingDayAfter(date: LocalDate): LocalDate {
    return this.search(date, 1, false);
  }

  private search(date: LocalDate, step: 1 | -1, inclusive: boolean): LocalDate {
    let current = inclusive ? date : addDays(date, step);
    for (let i = 0; i < SEARCH_LIMIT_DAYS; i++) {
      if (this.isWorkingDay(current)) return current;
      current = addDays(current, step);
    }
    return current; // a calendar loaded with nonsense must not hang a job
  }
}
