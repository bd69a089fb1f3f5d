// Recurring roadmap items produce their next task as the period comes (the sweep is in the domain).
import { sweepPlanTasks } from "../domain/plans/sweep-plan-tasks.js";
import type { JobDeps } from "./scheduler.js";

export async function makePlanTasks(deps: JobDeps): Promise<{ tasks: number; assignments: number }> {
  return sweepPlanTasks(deps.domain);
}
