// A plan item as stored (PlanItem columns) and back: the domain's schedule ↔ the ScheduleKind enum, dates as
// calendar days.
import type { Prisma } from "../../generated/prisma/client.js";
import type { ScheduleKind as DbScheduleKind } from "../../generated/prisma/enums.js";
import type { PreparedItem } from "./prepare-plan-import.js";
import { fromUtcDate, toUtcDate } from "./schedule/calendar-date.js";
import type { Schedule, ScheduleKind, UnreadReason } from "./schedule/schedule.js";

export function itemData(item: PreparedItem, position: number): Omit<Prisma.PlanItemUncheckedCreateInput, "planId"> {
  const s = item.schedule;
  return {
    number: item.number,
    section: item.section,
    text: item.text,
    scheduleText: item.scheduleText,
    scheduleKind: s.kind === "UNREAD" ? "UNPARSED" : s.kind,
    startsOn: s.startsOn ? toUtcDate(s.startsOn) : null,
    dueOn: s.dueOn ? toUtcDate(s.dueOn) : null,
    month: s.month,
    day: s.day,
    scheduleNote: item.scheduleNote,
    unreadReason: s.unreadReason,
    responsibleText: item.responsibleText,
    responsibleRoles: [...new Set(item.responsible.map((r) => r.kind))],
    responsible: item.responsible.map((r) => ({ kind: r.kind, text: r.text, name: r.name, personId: r.personId })),
    plannedResult: item.result,
    extra: item.extra,
    position,
    removedAt: null,
  };
}

export interface StoredSchedule {
  scheduleKind: DbScheduleKind;
  startsOn: Date | null;
  dueOn: Date | null;
  month: number | null;
  day: number | null;
  unreadReason: string | null;
}

export function scheduleOf(row: StoredSchedule): Schedule {
  return {
    kind: (row.scheduleKind === "UNPARSED" ? "UNREAD" : row.scheduleKind) as ScheduleKind,
    startsOn: row.startsOn ? fromUtcDate(row.startsOn) : null,
    dueOn: row.dueOn ? fromUtcDate(row.dueOn) : null,
    month: row.month,
    day: row.day,
    unreadReason: row.scheduleKind === "UNPARSED" ? ((row.unreadReason ?? "unknown") as UnreadReason) : null,
  };
}

export interface StoredResponsible {
  kind: string;
  text: string;
  name: string | null;
  personId: number | null;
}

export function responsibleOf(json: Prisma.JsonValue): StoredResponsible[] {
  return Array.isArray(json) ? (json as unknown as StoredResponsible[]) : [];
}
