// What the task use cases tell people, written to the outbox in the same transaction as the change.
import type { Prisma } from "../../generated/prisma/client.js";
import type { Actor } from "../actor.js";
import { enqueueNotices, type NoticeInput } from "../outbox/enqueue-notices.js";
import type { assignmentSelect } from "./assignment-view.js";
import { assigneePeople } from "./task-recipients.js";
import {
  TASK_ACCEPTED,
  TASK_ASSIGNED,
  TASK_DONE,
  TASK_RETURNED,
  type AssignedItem,
  type TaskAssignedPayload,
  type TaskEventPayload,
} from "./task-notice-kinds.js";

type AssignmentRow = Prisma.TaskAssignmentGetPayload<{ select: typeof assignmentSelect }>;

const INTERACTIVE = 0;
const BULK = 10;

function eventPayload(a: AssignmentRow, reason?: string): TaskEventPayload {
  return {
    assignmentId: a.id,
    title: a.task.title,
    assignee: a.school?.shortName ?? a.person?.displayName ?? "",
    ...(reason ? { reason } : {}),
  };
}

/** The task's author hears that a school reported it done (to accept or return it). */
export async function notifyTaskCreator(tx: Prisma.TransactionClient, now: Date, a: AssignmentRow, actor: Actor): Promise<void> {
  const authorId = a.task.createdById;
  if (authorId === null || authorId === actor.personId) return;
  await enqueueNotices(tx, now, [
    { personId: authorId, kind: TASK_DONE, dedupeKey: `${TASK_DONE}:${a.id}:${now.getTime()}`, payload: { ...eventPayload(a) }, priority: INTERACTIVE },
  ]);
}

/** The school's heads (or the named person) hear that staff accepted or returned their report. */
export async function notifyAssignees(tx: Prisma.TransactionClient, now: Date, a: AssignmentRow, what: "accepted" | "returned"): Promise<void> {
  const kind = what === "accepted" ? TASK_ACCEPTED : TASK_RETURNED;
  const payload = eventPayload(a, what === "returned" ? (a.returnReason ?? undefined) : undefined);
  const people = await assigneePeople(tx, a);
  await enqueueNotices(
    tx,
    now,
    people.map((personId) => ({ personId, kind, dedupeKey: `${kind}:${a.id}:${now.getTime()}:${personId}`, payload: { ...payload }, priority: INTERACTIVE })),
  );
}

/** Everyone given tasks by a meeting hears once, with the list of their new tasks (heads of every school). */
export async function notifyAssigned(tx: Prisma.TransactionClient, now: Date, meetingId: number, actor: Actor): Promise<number> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { number: true, heldOn: true, title: true, municipality: { select: { timeZone: true } } },
  });
  const rows = await tx.taskAssignment.findMany({
    where: { task: { decision: { meetingId } } },
    select: { id: true, schoolId: true, personId: true, dueAt: true, task: { select: { title: true } } },
    orderBy: { id: "asc" },
  });
  const schoolIds = [...new Set(rows.flatMap((r) => (r.schoolId === null ? [] : [r.schoolId])))];
  const heads = await tx.person.findMany({ where: { schoolId: { in: schoolIds }, role: "HEAD", revokedAt: null }, select: { id: true, schoolId: true } });
  const perPerson = new Map<number, AssignedItem[]>();
  for (const r of rows) {
    const people = r.personId !== null ? [r.personId] : heads.filter((h) => h.schoolId === r.schoolId).map((h) => h.id);
    for (const personId of people) {
      if (personId === actor.personId) continue;
      const items = perPerson.get(personId) ?? [];
      items.push({ assignmentId: r.id, title: r.task.title, due: r.dueAt?.toISOString() ?? null });
      perPerson.set(personId, items);
    }
  }
  const base = { meetingNumber: meeting.number, heldOn: meeting.heldOn.toISOString().slice(0, 10), meetingTitle: meeting.title, timeZone: meeting.municipality.timeZone };
  const notices: NoticeInput[] = [...perPerson].map(([personId, items]) => ({
    personId,
    kind: TASK_ASSIGNED,
    dedupeKey: `${TASK_ASSIGNED}:${meetingId}:${personId}`,
    payload: { ...base, items } satisfies TaskAssignedPayload as unknown as Prisma.InputJsonValue,
    priority: BULK,
  }));
  return (await enqueueNotices(tx, now, notices)).queued;
}
