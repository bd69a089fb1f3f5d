// The plan in the bot: sections → items → how the schools stand on each item's current task. A head sees
// their own school's state; staff see the counts over all assignees, and per school on an item's card.
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { requirePlanReader } from "./plan-access.js";
import { scheduleOf } from "./plan-item-row.js";
import { fromUtcDate, type CalendarDate } from "./schedule/calendar-date.js";
import type { Schedule } from "./schedule/schedule.js";

export type ItemState = "open" | "overdue" | "done" | "none";

export interface PlanViewItem {
  id: number;
  number: string | null;
  section: string | null;
  text: string;
  scheduleText: string;
  schedule: Schedule;
  /** the current task's deadline, null when the item has no task */
  due: string | null;
  /** over every assignee of the current task (staff), or the head's own school */
  counts: { open: number; overdue: number; done: number };
  mine: ItemState;
}

export interface PlanView {
  id: number;
  title: string;
  start: CalendarDate;
  end: CalendarDate;
  sections: string[];
  items: PlanViewItem[];
}

export async function getPlanView(deps: DomainDeps, actor: Actor, input: { planId: number }): Promise<PlanView> {
  const plan = await deps.db.plan.findUnique({ where: { id: input.planId }, select: { id: true, municipalityId: true, title: true, periodStart: true, periodEnd: true, sections: true } });
  if (!plan) throw new DomainError("not-found", { entity: "plan", ref: String(input.planId) });
  requirePlanReader(actor, plan.municipalityId);
  const now = deps.now();
  const items = await deps.db.planItem.findMany({
    where: { planId: plan.id, removedAt: null },
    orderBy: { position: "asc" },
    select: {
      id: true, number: true, section: true, text: true, scheduleText: true, scheduleKind: true, startsOn: true, dueOn: true, month: true, day: true, unreadReason: true,
      tasks: {
        orderBy: { dueAt: "desc" },
        take: 1,
        select: {
          dueAt: true,
          assignments: {
            where: actor.role === "HEAD" ? { schoolId: actor.schoolId ?? -1 } : {},
            select: { status: true, dueAt: true, personId: true },
          },
        },
      },
    },
  });
  return {
    id: plan.id,
    title: plan.title,
    start: fromUtcDate(plan.periodStart),
    end: fromUtcDate(plan.periodEnd),
    sections: plan.sections,
    items: items.map((item) => {
      const task = item.tasks[0];
      const counts = { open: 0, overdue: 0, done: 0 };
      for (const a of task?.assignments ?? []) counts[stateOf(a.status, a.dueAt, now)]++;
      const mine: ItemState = !task || task.assignments.length === 0 ? "none" : counts.overdue ? "overdue" : counts.open ? "open" : "done";
      return {
        id: item.id,
        number: item.number,
        section: item.section,
        text: item.text,
        scheduleText: item.scheduleText,
        schedule: scheduleOf(item),
        due: task?.dueAt?.toISOString() ?? null,
        counts,
        mine,
      };
    }),
  };
}

function stateOf(status: string, dueAt: Date | null, now: Date): "open" | "overdue" | "done" {
  if (status !== "OPEN") return "done";
  return dueAt && dueAt < now ? "overdue" : "open";
}
