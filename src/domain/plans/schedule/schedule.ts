// What an item's schedule phrase means. Flat, so it stores as columns and compares in tests as it is.
import type { CalendarDate } from "./calendar-date.js";

export type ScheduleKind =
  | "DATE" // «30.06.2023», «до 1 сентября»
  | "RANGE" // «Август 2023», «декабрь 2022 - январь 2023», «I полугодие 2023»
  | "DURING_PERIOD" // «весь период»: the plan's whole period
  | "MONTHLY"
  | "QUARTERLY"
  | "HALF_YEARLY" // «2 раза в год»
  | "YEARLY" // «Ежегодно (ноябрь)», «раз в год», «в течение года»
  | "AFTER" // «после января 2022 г.»: a start, no deadline
  | "AS_NEEDED" // «по мере необходимости»
  | "STANDING" // «постоянно»
  | "BY_OTHER_PLAN" // «по плану МО ПК»: someone else sets the date
  | "UNREAD";

export type UnreadReason = "unknown" | "several" | "no-year" | "bad-date" | "empty";

export interface Schedule {
  kind: ScheduleKind;
  startsOn: CalendarDate | null;
  /** the one deadline of DATE, RANGE and DURING_PERIOD */
  dueOn: CalendarDate | null;
  /** YEARLY: the month of each year's deadline */
  month: number | null;
  /** YEARLY: the day of that month; null means its last day */
  day: number | null;
  /** set for UNREAD only */
  unreadReason: UnreadReason | null;
}

export const NO_SCHEDULE: Schedule = { kind: "UNREAD", startsOn: null, dueOn: null, month: null, day: null, unreadReason: "unknown" };

export function schedule(kind: ScheduleKind, fields: Partial<Omit<Schedule, "kind">> = {}): Schedule {
  return { kind, startsOn: null, dueOn: null, month: null, day: null, unreadReason: null, ...fields };
}

export function unread(reason: UnreadReason): Schedule {
  return schedule("UNREAD", { unreadReason: reason });
}

/** No deadline at all: the item stays in the plan and never reminds anyone. */
export function hasNoDeadline(s: Schedule): boolean {
  return s.kind === "AFTER" || s.kind === "AS_NEEDED" || s.kind === "STANDING" || s.kind === "BY_OTHER_PLAN" || s.kind === "UNREAD";
}

export function isRecurring(s: Schedule): boolean {
  return s.kind === "MONTHLY" || s.kind === "QUARTERLY" || s.kind === "HALF_YEARLY" || s.kind === "YEARLY";
}
