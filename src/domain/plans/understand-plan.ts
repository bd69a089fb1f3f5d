// The plan as understood: each item's schedule read against the plan's period, each responsible read into
// groups and names, and every line that was not understood listed — what the preview shows before storing.
import type { ParsedItem, ParsedPlan } from "./document/parsed-plan.js";
import { readResponsible, type ResponsiblePart } from "./responsible/read-responsible.js";
import type { CalendarDate } from "./schedule/calendar-date.js";
import type { PlanPeriod } from "./schedule/plan-period.js";
import { readSchedule } from "./schedule/read-schedule.js";
import type { Schedule, UnreadReason } from "./schedule/schedule.js";
import { scheduleDates } from "./schedule/schedule-dates.js";

export interface UnderstoodItem extends ParsedItem {
  schedule: Schedule;
  scheduleNote: string | null;
  /** the deadlines the schedule produces inside the period */
  dates: CalendarDate[];
  responsible: ResponsiblePart[];
}

export type PlanProblem =
  | { kind: "schedule"; row: number; number: string | null; text: string; reason: UnreadReason }
  | { kind: "responsible"; row: number; number: string | null; text: string }
  | { kind: "outside-period"; row: number; number: string | null; text: string }
  /** a named person no registered person matches: kept as text for the methodologist to match */
  | { kind: "person"; row: number; number: string | null; text: string }
  | { kind: "skipped-row"; row: number; text: string };

export interface UnderstoodPlan {
  title: string | null;
  period: PlanPeriod;
  columns: ParsedPlan["columns"];
  sections: string[];
  items: UnderstoodItem[];
  /** every line not understood, in document order */
  problems: PlanProblem[];
}

export function understandPlan(parsed: ParsedPlan, period: PlanPeriod): UnderstoodPlan {
  const items = parsed.items.map((item) => understandItem(item, period));
  const problems: PlanProblem[] = parsed.skipped.map((s) => ({ kind: "skipped-row" as const, row: s.row, text: s.text }));
  for (const item of items) {
    const where = { row: item.row, number: item.number };
    if (item.schedule.kind === "UNREAD") problems.push({ kind: "schedule", ...where, text: item.scheduleText, reason: item.schedule.unreadReason! });
    else if (item.schedule.dueOn && (item.schedule.dueOn > period.end || item.schedule.dueOn < period.start)) {
      problems.push({ kind: "outside-period", ...where, text: item.scheduleText });
    }
    const unmatched = item.responsible.filter((r) => r.kind === "OTHER").map((r) => r.text);
    if (item.responsible.length === 0) problems.push({ kind: "responsible", ...where, text: item.responsibleText });
    else if (unmatched.length > 0) problems.push({ kind: "responsible", ...where, text: unmatched.join(", ") });
  }
  problems.sort((a, b) => a.row - b.row);
  return { title: parsed.title, period, columns: parsed.columns, sections: parsed.sections, items, problems };
}

function understandItem(item: ParsedItem, period: PlanPeriod): UnderstoodItem {
  const read = readSchedule(item.scheduleText, period);
  return { ...item, schedule: read.schedule, scheduleNote: read.note, dates: scheduleDates(read.schedule, period), responsible: readResponsible(item.responsibleText) };
}
