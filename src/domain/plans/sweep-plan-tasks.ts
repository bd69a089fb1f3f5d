// The plan-tasks job's use case: every plan item whose current deadline has no task yet gets one — the next
// occurrence of a recurring item once the previous date has passed. Safe to run in every process at once: each
// occurrence is claimed by a unique row before its task is made.
import type { DomainDeps } from "../deps.js";
import { ensurePlanTasks } from "./plan-tasks.js";

export async function sweepPlanTasks(deps: DomainDeps): Promise<{ tasks: number; assignments: number }> {
  return deps.db.$transaction((tx) => ensurePlanTasks(tx, deps.now()), { timeout: 120_000 });
}
