// The roadmaps of the caller's municipality, newest first.
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { fromUtcDate, type CalendarDate } from "./schedule/calendar-date.js";

export interface PlanListEntry {
  id: number;
  title: string;
  start: CalendarDate;
  end: CalendarDate;
  items: number;
}

export async function listPlans(deps: DomainDeps, actor: Actor): Promise<PlanListEntry[]> {
  const plans = await deps.db.plan.findMany({
    where: { municipalityId: actor.municipalityId },
    select: { id: true, title: true, periodStart: true, periodEnd: true, _count: { select: { items: { where: { removedAt: null } } } } },
    orderBy: { id: "desc" },
    take: 50,
  });
  return plans.map((p) => ({ id: p.id, title: p.title, start: fromUtcDate(p.periodStart), end: fromUtcDate(p.periodEnd), items: p._count.items }));
}
