// An official or methodologist records a meeting and its decisions; each decision becomes a task with one
// assignment per school or person. All or nothing, in one transaction with its audit row.
import { z } from "zod";
import { visibleText } from "../text/visible-text.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { requireRole, type Actor } from "../actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { fromLocal } from "../time/zoned-time.js";
import { fromIsoDate } from "./protocol-deadline.js";
import { STAFF_ROLES } from "./task-access.js";
import { notifyAssigned } from "./task-notices.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const decisionSchema = z
  .object({
    number: z.number().int().min(1).max(999),
    text: z.string().trim().min(3).max(3000),
    dueOn: isoDate.nullable(),
    standing: z.boolean(),
    responsibleText: z.string().trim().max(500),
    assignees: z.object({
      allSchools: z.boolean(),
      schoolIds: z.array(z.number().int().positive()).max(5000),
      personIds: z.array(z.number().int().positive()).max(500),
    }),
  })
  .refine((d) => d.standing !== (d.dueOn !== null), { message: "a date or standing", path: ["dueOn"] })
  .refine((d) => d.assignees.allSchools || d.assignees.schoolIds.length > 0 || d.assignees.personIds.length > 0, {
    message: "nobody responsible",
    path: ["assignees"],
  });

const inputSchema = z.object({
  number: z.string().trim().max(30).nullable(),
  heldOn: isoDate,
  title: visibleText({ min: 3, max: 300 }),
  decisions: z.array(decisionSchema).min(1).max(200),
});

export type RecordMeetingInput = z.input<typeof inputSchema>;

export interface RecordedMeeting {
  meetingId: number;
  taskIds: number[];
  assignments: number;
}

/** The end of the due day in the municipality's zone: a task due 30.06 is overdue from 01.07 00:00. */
export function dueMoment(dueOn: string, timeZone: string): Date {
  return fromLocal({ ...fromIsoDate(dueOn), hour: 23, minute: 59 }, timeZone);
}

export async function recordMeeting(deps: DomainDeps, actor: Actor, input: RecordMeetingInput): Promise<RecordedMeeting> {
  requireRole(actor, ...STAFF_ROLES);
  const data = parseInput(inputSchema, input);
  const municipalityId = actor.municipalityId;
  const municipality = await deps.db.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { timeZone: true } });
  const schoolIds = await checkAssignees(deps, municipalityId, data.decisions);
  const now = deps.now();

  return deps.db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: { municipalityId, number: data.number, heldOn: new Date(`${data.heldOn}T00:00:00Z`), title: data.title, createdById: actor.personId },
    });
    const taskIds: number[] = [];
    let assignments = 0;
    for (const d of data.decisions) {
      const created = await createDecisionTask(tx, { actor, meetingId: meeting.id, timeZone: municipality.timeZone, schoolIds, now }, d);
      taskIds.push(created.taskId);
      assignments += created.assignments;
    }
    await recordAudit(tx, {
      at: deps.now(),
      actorId: actor.personId,
      action: "meeting.record",
      entity: "Meeting",
      entityId: meeting.id,
      data: { number: data.number, heldOn: data.heldOn, decisions: data.decisions.length, assignments },
    });
    await notifyAssigned(tx, now, meeting.id, actor);
    return { meetingId: meeting.id, taskIds, assignments };
  });
}

type DecisionInput = z.output<typeof decisionSchema>;

/** Ids from another municipality (a forged or stale choice) are refused, not silently dropped. Returns all schools. */
async function checkAssignees(deps: DomainDeps, municipalityId: number, decisions: DecisionInput[]): Promise<number[]> {
  const schools = await deps.db.school.findMany({ where: { municipalityId }, select: { id: true }, orderBy: { id: "asc" } });
  const schoolIds = new Set(schools.map((s) => s.id));
  const staff = await deps.db.person.findMany({ where: { municipalityId, role: { in: [...STAFF_ROLES] } }, select: { id: true } });
  const staffIds = new Set(staff.map((p) => p.id));
  for (const d of decisions) {
    if (d.assignees.schoolIds.some((id) => !schoolIds.has(id)) || d.assignees.personIds.some((id) => !staffIds.has(id))) {
      throw new DomainError("forbidden");
    }
  }
  return [...schoolIds];
}

interface MeetingContext {
  actor: Actor;
  meetingId: number;
  timeZone: string;
  /** every school of the municipality, for «руководители ОО» */
  schoolIds: number[];
  now: Date;
}

/** One decision: its row, its task, and an assignment per school or person (with the task's deadline copied). */
async function createDecisionTask(tx: Prisma.TransactionClient, m: MeetingContext, d: DecisionInput): Promise<{ taskId: number; assignments: number }> {
  const municipalityId = m.actor.municipalityId;
  const dueAt = d.dueOn ? dueMoment(d.dueOn, m.timeZone) : null;
  const decision = await tx.decision.create({
    data: {
      meetingId: m.meetingId,
      number: d.number,
      text: d.text,
      dueOn: d.dueOn ? new Date(`${d.dueOn}T00:00:00Z`) : null,
      standing: d.standing,
      responsibleText: d.responsibleText,
    },
  });
  const task = await tx.task.create({
    data: { municipalityId, title: d.text, source: "DECISION", decisionId: decision.id, dueAt, standing: d.standing, createdById: m.actor.personId, createdAt: m.now },
  });
  const rows: Prisma.TaskAssignmentCreateManyInput[] = [
    ...(d.assignees.allSchools ? m.schoolIds : d.assignees.schoolIds).map((schoolId) => ({ schoolId })),
    ...d.assignees.personIds.map((personId) => ({ personId })),
  ].map((who) => ({ ...who, taskId: task.id, municipalityId, dueAt, createdAt: m.now }));
  const created = await tx.taskAssignment.createMany({ data: rows, skipDuplicates: true });
  return { taskId: task.id, assignments: created.count };
}
