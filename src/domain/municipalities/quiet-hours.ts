// Quiet hours: as people write them ("21-9", "21:00-09:00", "22–8"), and whether a moment falls in them.
import { fromLocal, toLocal } from "../time/zoned-time.js";

export interface QuietHours {
  /** local hour from which reminders wait */
  start: number;
  /** local hour until which reminders wait */
  end: number;
}

export function parseQuietHours(text: string): QuietHours | undefined {
  const match = /^\s*(\d{1,2})(?::00)?\s*[-–—]\s*(\d{1,2})(?::00)?\s*$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > 23 || end > 23 || start === end) return undefined;
  return { start, end };
}

export const formatQuietHours = (q: QuietHours): string =>
  `${String(q.start).padStart(2, "0")}:00–${String(q.end).padStart(2, "0")}:00`;

/** A municipality's quiet hours as stored: local hours in its own time zone. */
export interface MunicipalityQuietHours {
  timeZone: string;
  quietHoursStart: number;
  quietHoursEnd: number;
}

/** Whether a message to this municipality should wait: nobody wants a form reminder at 23:00 or 06:00. */
export function isQuietTime(now: Date, m: MunicipalityQuietHours): boolean {
  const { hour } = toLocal(now, m.timeZone);
  if (m.quietHoursStart === m.quietHoursEnd) return false;
  return m.quietHoursStart > m.quietHoursEnd
    ? hour >= m.quietHoursStart || hour < m.quietHoursEnd
    : hour >= m.quietHoursStart && hour < m.quietHoursEnd;
}

/**
 * The first moment at or after `moment` outside the quiet hours: `moment` itself when it is allowed, else the
 * end of the quiet hours on the local clock (a notice held overnight goes at 09:00 local, not at 09:00 UTC).
 */
export function nextAllowedMoment(moment: Date, m: MunicipalityQuietHours): Date {
  if (!isQuietTime(moment, m)) return moment;
  const local = toLocal(moment, m.timeZone);
  const end = fromLocal({ ...local, hour: m.quietHoursEnd, minute: 0 }, m.timeZone);
  // Before midnight the quiet hours end tomorrow; Date.UTC inside fromLocal rolls the day over the month.
  return end > moment ? end : fromLocal({ ...local, day: local.day + 1, hour: m.quietHoursEnd, minute: 0 }, m.timeZone);
}
