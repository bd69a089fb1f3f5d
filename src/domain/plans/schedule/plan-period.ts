// The plan's period, read from its title («на 2022-2025 годы», «на 2022-2023 уч. год») or given by the
// methodologist. Recurring items produce their dates inside it.
import { calendarDate, type CalendarDate } from "./calendar-date.js";

export interface PlanPeriod {
  start: CalendarDate;
  end: CalendarDate;
  /** counted in school years (1 September – 31 August): "a year" then ends on 31 August */
  schoolYears: boolean;
}

const SCHOOL = /^\s*(?:уч(?:ебн(?:ый|ых|ые|ого))?\.?\s*(?:год|гг?\.?)|учебн)/i;

/** The period a title names, or null when it names none. */
export function readPeriod(title: string): PlanPeriod | null {
  const text = title.replace(/[–—−‑]/g, "-").replace(/\s+/g, " ");
  const range = /(?:^|\s)на\s+(\d{4})\s*[-/]\s*(\d{4})(.*)$/i.exec(text) ?? /(\d{4})\s*[-/]\s*(\d{4})(.*)$/.exec(text);
  if (range) return periodOf(Number(range[1]), Number(range[2]), SCHOOL.test(range[3] ?? ""));
  const single = /(?:^|\s)на\s+(\d{4})(.*)$/i.exec(text);
  if (single) {
    const year = Number(single[1]);
    return SCHOOL.test(single[2] ?? "") ? periodOf(year, year + 1, true) : periodOf(year, year, false);
  }
  return null;
}

/** "2022-2025", "2022/2023 уч", "2023": what the methodologist types when the title names no period. */
export function parsePeriodAnswer(answer: string): PlanPeriod | null {
  const text = answer.trim().replace(/[–—−‑]/g, "-");
  const match = /^(\d{4})(?:\s*[-/]\s*(\d{4}))?(.*)$/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const school = SCHOOL.test(match[3] ?? "");
  const last = match[2] ? Number(match[2]) : school ? first + 1 : first;
  if (first < 2000 || last > 2100 || last < first || last - first > 10) return null;
  return periodOf(first, last, school);
}

function periodOf(first: number, last: number, schoolYears: boolean): PlanPeriod | null {
  if (last < first || last - first > 10 || first < 2000 || last > 2100) return null;
  if (schoolYears) {
    // «2022-2023 уч. год» is one school year; «на 2022-2025 уч. годы» three of them.
    return { start: calendarDate(first, 9, 1), end: calendarDate(last === first ? first + 1 : last, 8, 31), schoolYears: true };
  }
  return { start: calendarDate(first, 1, 1), end: calendarDate(last, 12, 31), schoolYears: false };
}

/** The month "a year" ends in for this plan: December, or August for plans counted in school years. */
export function yearEndMonth(period: PlanPeriod | null): number {
  return period?.schoolYears ? 8 : 12;
}
