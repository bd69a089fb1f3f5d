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
  await db.taskAssignment.createMany({ data: assignees.map((assignee) => ({ taskId: task.id, municipalityId: world.municipalityId, dueAt, createdAt, ...assignee })) });
  // in the order given: schools first, then people
  const rows = await db.taskAssignment.findMany({ where: { taskId: task.id }, select: { id: true, schoolId: true, personId: true } });
  const assignmentIds = assignees.map((a) => rows.find((r) => ("schoolId" in a ? r.schoolId === a.schoolId : r.personId === a.personId))!.id);
  return { taskId: task.id, assignmentIds };
}
