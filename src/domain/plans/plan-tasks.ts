// Plan items become tasks (поручения) for their assignees: each item's current deadline — the first one not yet
// past, or the last one when the period is over — is claimed once (PlanItemOccurrence) and made a task with one
// assignment per school or person. As a recurrence's date passes, the next one becomes the current and its
// task is made (the plan-tasks job). Items with no deadline or nobody known to do them make no task.
import type { Prisma } from "../../generated/prisma/client.js";
import { dueMoment } from "../tasks/record-meeting.js";
import { toLocal } from "../time/zoned-time.js";
import { responsibleOf, scheduleOf } from "./plan-item-row.js";
import { calendarDate, fromUtcDate, toUtcDate, type CalendarDate } from "./schedule/calendar-date.js";
import { isRecurring } from "./schedule/schedule.js";
import { scheduleDates } from "./schedule/schedule-dates.js";

type Tx = Prisma.TransactionClient;

const itemSelect = {
  id: true,
  text: true,
  number: true,
  scheduleKind: true,
  startsOn: true,
  dueOn: true,
  month: true,
  day: true,
  unreadReason: true,
  responsible: true,
  plan: { select: { id: true, municipalityId: true, periodStart: true, periodEnd: true, schoolYears: true, title: true, municipality: { select: { timeZone: true } } } },
  occurrences: { select: { id: true, dueOn: true, taskId: true }, orderBy: { dueOn: "desc" as const }, take: 1 },
} satisfies Prisma.PlanItemSelect;

type ItemRow = Prisma.PlanItemGetPayload<{ select: typeof itemSelect }>;

/** Makes the current task of every item of the given plans (or of all plans) that lacks it. Safe to run twice. */
export async function ensurePlanTasks(tx: Tx, now: Date, where: { planIds?: number[] } = {}): Promise<{ tasks: number; assignments: number }> {
  const items = await tx.planItem.findMany({
    where: { removedAt: null, scheduleKind: { notIn: ["UNPARSED", "AS_NEEDED", "STANDING", "BY_OTHER_PLAN", "AFTER"] }, ...(where.planIds ? { planId: { in: where.planIds } } : {}) },
    select: itemSelect,
    orderBy: { id: "asc" },
  });
  const directory = new Map<number, Promise<Directory>>();
  const wanted: { item: ItemRow; due: CalendarDate; dueAt: Date; assignees: Assignee[] }[] = [];
  for (const item of items) {
    const due = currentDeadline(item, now);
    if (!due) continue;
    const last = item.occurrences[0];
    if (last && fromUtcDate(last.dueOn) === due) continue;
    const municipalityId = item.plan.municipalityId;
    if (!directory.has(municipalityId)) directory.set(municipalityId, loadDirectory(tx, municipalityId));
    const assignees = assigneesOf(item, await directory.get(municipalityId)!);
    if (assignees.length === 0) continue;
    const dueAt = dueMoment(due, item.plan.municipality.timeZone);
    // A one-off item whose date changed at a re-import moves its task rather than making a second one.
    if (last?.taskId && !isRecurring(scheduleOf(item))) await moveTask(tx, last.id, last.taskId, due, dueAt);
    else wanted.push({ item, due, dueAt, assignees });
  }
  return wanted.length > 0 ? makeTasks(tx, now, wanted) : { tasks: 0, assignments: 0 };
}

/**
 * A handful of set-based statements whatever the plan's size: claim the occurrences (a concurrent sweep that
 * claimed one first makes this one skip it), then the tasks, their assignments, and the claims' task ids.
 */
async function makeTasks(
  tx: Tx,
  now: Date,
  wanted: { item: ItemRow; due: CalendarDate; dueAt: Date; assignees: Assignee[] }[],
): Promise<{ tasks: number; assignments: number }> {
  const claimed = await tx.planItemOccurrence.createManyAndReturn({
    data: wanted.map((w) => ({ planItemId: w.item.id, dueOn: toUtcDate(w.due) })),
    skipDuplicates: true,
    select: { id: true, planItemId: true },
  });
  const claimedItems = new Set(claimed.map((c) => c.planItemId));
  const toMake = wanted.filter((w) => claimedItems.has(w.item.id));
  if (toMake.length === 0) return { tasks: 0, assignments: 0 };
  const tasks = await tx.task.createManyAndReturn({
    data: toMake.map(({ item, dueAt }) => ({
      municipalityId: item.plan.municipalityId,
      title: item.number ? `${item.number}. ${item.text}` : item.text,
      details: item.plan.title,
      source: "PLAN_ITEM" as const,
      planItemId: item.id,
      dueAt,
      createdAt: now,
    })),
    select: { id: true, planItemId: true },
  });
  const taskOf = new Map(tasks.map((t) => [t.planItemId!, t.id]));
  const rows = toMake.flatMap(({ item, dueAt, assignees }) =>
    assignees.map((a) => ({ ...a, taskId: taskOf.get(item.id)!, municipalityId: item.plan.municipalityId, dueAt, createdAt: now })),
  );
  const assignments = await tx.taskAssignment.createMany({ data: rows, skipDuplicates: true });
  const occurrenceIds = claimed.map((c) => c.id);
  const taskIds = claimed.map((c) => taskOf.get(c.planItemId)!);
  await tx.$executeRaw`UPDATE "PlanItemOccurrence" AS o SET "taskId" = v.task FROM unnest(${occurrenceIds}::int[], ${taskIds}::int[]) AS v(occ, task) WHERE o."id" = v.occ`;
  return { tasks: tasks.length, assignments: assignments.count };
}

/** The first deadline on or after today in the municipality's zone; the last one once all have passed. */
export function currentDeadline(item: ItemRow, now: Date): CalendarDate | null {
  const period = { start: fromUtcDate(item.plan.periodStart), end: fromUtcDate(item.plan.periodEnd), schoolYears: item.plan.schoolYears };
  const dates = scheduleDates(scheduleOf(item), period);
  if (dates.length === 0) return null;
  const local = toLocal(now, item.plan.municipality.timeZone);
  const today = calendarDate(local.year, local.month, local.day);
  return dates.find((d) => d >= today) ?? dates[dates.length - 1]!;
}

interface Directory {
  schoolIds: number[];
  officials: number[];
  methodologists: number[];
}

async function loadDirectory(tx: Tx, municipalityId: number): Promise<Directory> {
  const schools = await tx.school.findMany({ where: { municipalityId }, select: { id: true }, orderBy: { id: "asc" } });
  const staff = await tx.person.findMany({
    where: { municipalityId, revokedAt: null, role: { in: ["OFFICIAL", "METHODOLOGIST"] } },
    select: { id: true, role: true },
    orderBy: { id: "asc" },
  });
  return {
    schoolIds: schools.map((s) => s.id),
    officials: staff.filter((p) => p.role === "OFFICIAL").map((p) => p.id),
    methodologists: staff.filter((p) => p.role === "METHODOLOGIST").map((p) => p.id),
  };
}

type Assignee = { schoolId: number } | { personId: number };

function assigneesOf(item: ItemRow, d: Directory): Assignee[] {
  const schools = new Set<number>();
  const people = new Set<number>();
  for (const part of responsibleOf(item.responsible)) {
    if (part.kind === "SCHOOL_HEADS") d.schoolIds.forEach((id) => schools.add(id));
    else if (part.kind === "OFFICIALS") d.officials.forEach((id) => people.add(id));
    else if (part.kind === "METHODOLOGISTS") d.methodologists.forEach((id) => people.add(id));
    else if (part.kind === "PERSON" && part.personId) people.add(part.personId);
  }
  return [...[...schools].map((schoolId) => ({ schoolId })), ...[...people].map((personId) => ({ personId }))];
}

async function moveTask(tx: Tx, occurrenceId: number, taskId: number, due: CalendarDate, dueAt: Date): Promise<void> {
  await tx.planItemOccurrence.update({ where: { id: occurrenceId }, data: { dueOn: toUtcDate(due) } });
  await tx.task.update({ where: { id: taskId }, data: { dueAt } });
  await tx.taskAssignment.updateMany({ where: { taskId }, data: { dueAt } });
}
