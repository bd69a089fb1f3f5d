// The reminder policy, pure: when an item with a deadline (a task assignment, a school's campaign form) is
// reminded. Three days before, the day before, on the day, then once a working day while overdue up to the
// municipality's limit; always at its reminder hour, on working days, never in quiet hours. A reminder that
// falls on a day off goes on the working day before; an overdue one waits for the next working day.
import { addDays, atLocalHour, localDateOf, type LocalDate } from "../calendar/local-date.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { isQuietTime } from "../municipalities/quiet-hours.js";

export interface ReminderSettings {
  timeZone: string;
  /** local hour at which reminders go */
  reminderHour: number;
  /** overdue reminders after the deadline, then silence */
  overdueLimit: number;
  quietHoursStart: number;
  quietHoursEnd: number;
}

/** "before-3" | "before-1" | "due" | "overdue-1" …: which reminder of an item this is. */
export type ReminderStage = string;

export interface ReminderSlot {
  stage: ReminderStage;
  date: LocalDate;
  /** the moment the slot opens: its date at the reminder hour */
  at: Date;
}

export interface RemindedItem {
  due: Date;
  /** when the item came to be (task created, campaign opened): slots before it are not owed */
  startsAt: Date;
  /** campaign forms close at the deadline, so reminding about them afterwards would ask the impossible */
  remindWhenOverdue: boolean;
}

const BEFORE: ReadonlyArray<[ReminderStage, number]> = [
  ["before-3", 3],
  ["before-1", 1],
  ["due", 0],
];

/** Every reminder an item is owed, in date order; one per date (the later stage wins a shared date). */
export function reminderSlots(item: Pick<RemindedItem, "due" | "remindWhenOverdue">, settings: ReminderSettings, calendar: WorkingCalendar): ReminderSlot[] {
  const dueDate = localDateOf(item.due, settings.timeZone);
  const byDate = new Map<LocalDate, ReminderStage>();
  for (const [stage, daysBefore] of BEFORE) byDate.set(calendar.workingDayOnOrBefore(addDays(dueDate, -daysBefore)), stage);
  if (item.remindWhenOverdue) {
    let date = dueDate;
    for (let n = 1; n <= settings.overdueLimit; n++) {
      date = calendar.workingDayAfter(date);
      byDate.set(date, `overdue-${n}`);
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, stage]) => ({ stage, date, at: atLocalHour(date, settings.reminderHour, settings.timeZone) }));
}

/** Whether reminders may go to this municipality now: a working day, past the reminder hour, not quiet. */
export function isReminderTime(now: Date, settings: ReminderSettings, calendar: WorkingCalendar): boolean {
  const today = localDateOf(now, settings.timeZone);
  if (!calendar.isWorkingDay(today)) return false;
  if (now < atLocalHour(today, settings.reminderHour, settings.timeZone)) return false;
  return !isQuietTime(now, settings);
}

/**
 * The slot an item is owed now, if any: the latest slot that has opened. Only the latest counts, so after
 * downtime an item gets one catch-up reminder rather than every slot it missed; whether that slot was already
 * sent is the caller's (a claim per slot in the database).
 */
export function currentSlot(item: RemindedItem, now: Date, settings: ReminderSettings, calendar: WorkingCalendar): ReminderSlot | undefined {
  if (!isReminderTime(now, settings, calendar)) return undefined;
  return latestOpenedSlot(item, reminderSlots(item, settings, calendar), now);
}

/** currentSlot's choice among an item's slots, for callers that already know reminders may go now. */
export function latestOpenedSlot(item: RemindedItem, slots: readonly ReminderSlot[], now: Date): ReminderSlot | undefined {
  if (!item.remindWhenOverdue && now > item.due) return undefined;
  return slots.filter((slot) => slot.at <= now && slot.at >= item.startsAt).at(-1);
}
