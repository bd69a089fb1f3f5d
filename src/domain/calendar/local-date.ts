// Calendar dates as a municipality's clock shows them ("2026-11-30"): reminders and the working-day calendar
// think in local days, not in UTC moments.
import { fromLocal, toLocal } from "../time/zoned-time.js";

/** "YYYY-MM-DD"; compares correctly as a string. */
export type LocalDate = string;

const pad = (n: number) => String(n).padStart(2, "0");

export function localDateOf(moment: Date, timeZone: string): LocalDate {
  const l = toLocal(moment, timeZone);
  return `${l.year}-${pad(l.month)}-${pad(l.day)}`;
}

/** The moment a clock in `timeZone` shows `hour`:00 on `date`. */
export function atLocalHour(date: LocalDate, hour: number, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return fromLocal({ year, month, day, hour, minute: 0 }, timeZone);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the ISO week `date` is in. */
export const mondayOf = (date: LocalDate): LocalDate => addDays(date, 1 - isoWeekday(date));

/** A stored `@db.Date` value (midnight UTC) as a LocalDate. */
export const fromDbDate = (value: Date): LocalDate => value.toISOString().slice(0, 10);

/** Reads "2026-01-09" or "09.01.2026"; undefined for anything else or a date that does not exist. */
export function parseLocalDateText(raw: string): LocalDate | undefined {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : ru ? [ru[3], ru[2], ru[1]] : [];
  if (year === undefined) return undefined;
  const date = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  const check = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date ? undefined : date;
}
