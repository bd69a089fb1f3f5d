// Tasks as set-up for reminder and /status tests (the tasks feature's own tests cover recording them).
import type { CampaignWorld } from "./fixtures-campaigns.js";

export interface TaskSpec {
  title: string;
  /** ISO */
  dueAt: string | null;
  schoolIds?: number[];
  personIds?: number[];
  /** ISO; default: a week before the deadline */
  createdAt?: string;
  createdById?: number;
}

export async function addTask(world: Pick<CampaignWorld, "deps" | "municipalityId" | "official">, spec: TaskSpec): Promise<{ taskId: number; assignmentIds: number[] }> {
  const db = world.deps.db;
  const dueAt = spec.dueAt ? new Date(spec.dueAt) : null;
  const createdAt = new Date(spec.createdAt ?? (dueAt ? dueAt.getTime() - 7 * 24 * 3600_000 : Date.parse("2026-11-01T00:00:00Z")));
  const task = await db.task.create({
    data: { municipalityId: world.municipalityId, title: spec.title, source: "MANUAL", dueAt, standing: dueAt === null, createdById: spec.createdById ?? world.official.personId, createdAt },
  });
  const assignees = [...(spec.schoolIds ?? []).map((schoolId) => ({ schoolId })), ...(spec.personIds ?? []).map((personId) => ({ personId }))];
  const assignmentIds: number[] = [];
  for (const assignee of assignees) {
    const a = await db.taskAssignment.create({ data: { taskId: task.id, municipalityId: world.municipalityId, dueAt, createdAt, ...assignee } });
    assignmentIds.push(a.id);
  }
  return { taskId: task.id, assignmentIds };
}
