// When an item with a deadline is reminded, on the 2026 calendar the migration ships: across days in Moscow and
// Vladivostok, around holidays and transfers, never in quiet hours, up to the overdue limit, once after downtime.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkingCalendar } from "../../../src/domain/calendar/load-working-calendar.js";
import { WorkingCalendar } from "../../../src/domain/calendar/working-calendar.js";
import { currentSlot, isReminderTime, reminderSlots, type ReminderSettings } from "../../../src/domain/reminders/reminder-policy.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
let calendar: WorkingCalendar;

const moscow: ReminderSettings = { timeZone: "Europe/Moscow", reminderHour: 10, overdueLimit: 3, quietHoursStart: 21, quietHoursEnd: 9 };
const vladivostok: ReminderSettings = { ...moscow, timeZone: "Asia/Vladivostok" };

beforeAll(async () => {
  db = await createTestDatabase();
  calendar = await loadWorkingCalendar({ db: db.prisma }, "2026-06-01", 400);
});
afterAll(() => db.close());

const task = (due: string, startsAt = "2026-01-12T00:00:00Z") => ({ due: new Date(due), startsAt: new Date(startsAt), remindWhenOverdue: true });
const slots = (item: ReturnType<typeof task>, settings = moscow) =>
  reminderSlots(item, settings, calendar).map((s) => `${s.stage} ${s.date} ${s.at.toISOString().slice(11, 16)}Z`);

describe("the schedule of one item", () => {
  it("an ordinary week in Moscow: 3 days before, the day before, on the day, then three working days overdue, at 10:00 local", () => {
    // Friday 27.11.2026 18:00 MSK
    expect(slots(task("2026-11-27T15:00:00Z"))).toEqual([
      "before-3 2026-11-24 07:00Z",
      "before-1 2026-11-26 07:00Z",
      "due 2026-11-27 07:00Z",
      "overdue-1 2026-11-30 07:00Z", // the weekend is skipped
      "overdue-2 2026-12-01 07:00Z",
      "overdue-3 2026-12-02 07:00Z",
    ]);
  });

  it("the same deadline in Vladivostok: 10:00 there is midnight UTC", () => {
    expect(slots(task("2026-11-27T08:00:00Z"), vladivostok)[0]).toBe("before-3 2026-11-24 00:00Z");
  });

  it("a deadline on a holiday: the reminders move to the working days before it; overdue waits for the next working day", () => {
    // 4 November is the Day of National Unity; 3 November is a shortened working day; 1 November a Sunday
    expect(slots(task("2026-11-04T15:00:00Z")).map((s) => s.slice(0, -7))).toEqual([
      "before-3 2026-10-30",
      "due 2026-11-03", // the day before and "on the day" fall on the same working day: one reminder
      "overdue-1 2026-11-05",
      "overdue-2 2026-11-06",
      "overdue-3 2026-11-09",
    ]);
  });

  it("the March holidays with the transfer of 8 March to Monday 9 March", () => {
    // Tuesday 10.03.2026: 7 (Sat) and 9 (Mon, transferred) are off, so the reminder "3 days before" and "the day before" share Friday 6 March
    expect(slots(task("2026-03-10T15:00:00Z")).slice(0, 2).map((s) => s.slice(0, -7))).toEqual(["before-1 2026-03-06", "due 2026-03-10"]);
    // Friday 20.02.2026: 21–23 February are off, so the first overdue reminder waits until Tuesday 24
    expect(slots(task("2026-02-20T15:00:00Z"))[3]).toBe("overdue-1 2026-02-24 07:00Z");
  });

  it("a weekend made a working day by a transfer gets reminders like any working day", () => {
    const withSaturday = new WorkingCalendar([{ date: "2027-01-09", kind: "WORKING" }]);
    // due on Sunday 10.01.2027: "the day before" and "on the day" go on the working Saturday, not on Friday
    expect(reminderSlots(task("2027-01-10T15:00:00Z"), moscow, withSaturday).map((s) => `${s.stage} ${s.date}`)).toEqual([
      "before-3 2027-01-07",
      "due 2027-01-09",
      "overdue-1 2027-01-11",
      "overdue-2 2027-01-12",
      "overdue-3 2027-01-13",
    ]);
    expect(isReminderTime(new Date("2027-01-09T07:30:00Z"), moscow, withSaturday)).toBe(true);
  });

  it("the overdue limit is the municipality's", () => {
    expect(slots(task("2026-11-27T15:00:00Z"), { ...moscow, overdueLimit: 1 }).at(-1)).toBe("overdue-1 2026-11-30 07:00Z");
    expect(slots(task("2026-11-27T15:00:00Z"), { ...moscow, overdueLimit: 0 }).at(-1)).toBe("due 2026-11-27 07:00Z");
  });

  it("campaign forms are not reminded after their deadline: the form is closed", () => {
    const form = { ...task("2026-11-27T15:00:00Z"), remindWhenOverdue: false };
    expect(reminderSlots(form, moscow, calendar).map((s) => s.stage)).toEqual(["before-3", "before-1", "due"]);
    expect(currentSlot(form, new Date("2026-11-30T08:00:00Z"), moscow, calendar)).toBeUndefined();
  });
});

describe("when a sweep may send", () => {
  it("not before the reminder hour, not in quiet hours, not on a day off — in each municipality's own time", () => {
    expect(isReminderTime(new Date("2026-11-24T06:59:00Z"), moscow, calendar)).toBe(false); // 09:59 MSK
    expect(isReminderTime(new Date("2026-11-24T07:00:00Z"), moscow, calendar)).toBe(true);
    expect(isReminderTime(new Date("2026-11-24T18:30:00Z"), moscow, calendar)).toBe(false); // 21:30 MSK: quiet
    expect(isReminderTime(new Date("2026-11-24T07:00:00Z"), vladivostok, calendar)).toBe(true); // 17:00 there
    expect(isReminderTime(new Date("2026-11-24T11:30:00Z"), vladivostok, calendar)).toBe(false); // 21:30 there
    expect(isReminderTime(new Date("2026-11-23T23:30:00Z"), vladivostok, calendar)).toBe(false); // 09:30 Tuesday there
    expect(isReminderTime(new Date("2026-11-04T08:00:00Z"), moscow, calendar)).toBe(false); // a holiday
    expect(isReminderTime(new Date("2026-11-28T08:00:00Z"), moscow, calendar)).toBe(false); // a Saturday
  });

  it("Vladivostok's Tuesday starts while Moscow is still on Monday", () => {
    const now = new Date("2026-11-24T00:30:00Z"); // 10:30 Tue in Vladivostok, 03:30 Tue in Moscow
    expect(isReminderTime(now, vladivostok, calendar)).toBe(true);
    expect(isReminderTime(now, moscow, calendar)).toBe(false);
  });
});

describe("which slot is owed now", () => {
  const item = task("2026-11-27T15:00:00Z", "2026-11-20T09:00:00Z");

  it("on a slot's day, from the reminder hour", () => {
    expect(currentSlot(item, new Date("2026-11-24T06:00:00Z"), moscow, calendar)).toBeUndefined();
    expect(currentSlot(item, new Date("2026-11-24T07:05:00Z"), moscow, calendar)?.stage).toBe("before-3");
    expect(currentSlot(item, new Date("2026-11-25T12:00:00Z"), moscow, calendar)?.stage).toBe("before-3"); // already claimed, the caller skips it
  });

  it("after two days of downtime only the latest missed slot, once", () => {
    // down from Thursday morning to Monday 11:00: before-1 (Thu), due (Fri) were missed; Monday is overdue-1
    expect(currentSlot(item, new Date("2026-11-30T08:00:00Z"), moscow, calendar)?.stage).toBe("overdue-1");
    // down over the weekend through Saturday night: at 23:00 Saturday nothing; Monday 10:00 the one catch-up
    expect(currentSlot(item, new Date("2026-11-28T20:00:00Z"), moscow, calendar)).toBeUndefined();
  });

  it("slots from before the item existed are not owed", () => {
    const late = task("2026-11-27T15:00:00Z", "2026-11-26T12:00:00Z"); // created Thursday 15:00 MSK
    expect(currentSlot(late, new Date("2026-11-26T12:05:00Z"), moscow, calendar)).toBeUndefined();
    expect(currentSlot(late, new Date("2026-11-27T07:01:00Z"), moscow, calendar)?.stage).toBe("due");
  });
});
