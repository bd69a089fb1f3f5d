// Plan dates are calendar days ("YYYY-MM-DD"), not moments: a deadline becomes a moment only when a task is
// made, in the municipality's time zone. Strings keep them free of time-zone drift in tests and storage.

export type CalendarDate = string;

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): CalendarDate {
  return calendarDate(year, month, lastDayOfMonth(year, month));
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return calendarDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** "31.03.2023", the way Russian documents write dates. */
export function formatDay(date: CalendarDate, withYear = true): string {
  const { year, month, day } = dateParts(date);
  const short = `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}`;
  return withYear ? `${short}.${year}` : short;
}

export function toUtcDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromUtcDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}
