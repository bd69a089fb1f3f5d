import { toLocal } from "../time/zoned-time.js";

export interface QuietHours {
  timeZone: string;
  quietHoursStart: number; // local hour, e.g. 21
  quietHoursEnd: number; // local hour, e.g. 9
}

/** Whether a message to this municipality should wait: nobody wants a form reminder at 23:00 or 06:00. */
export function isQuietTime(now: Date, m: QuietHours): boolean {
  const { hour } = toLocal(now, m.timeZone);
  if (m.quietHoursStart === m.quietHoursEnd) return false;
  return m.quietHoursStart > m.quietHoursEnd
    ? hour >= m.quietHoursStart || hour < m.quietHoursEnd
    : hour >= m.quietHoursStart && hour < m.quietHoursEnd;
}
