// One assignment as every screen shows it: plain data (ISO strings), safe to keep in a conversation.
import type { Actor } from "../actor.js";
import { isAssignee, isStaff } from "./task-access.js";

export const assignmentSelect = {
  id: true,
  taskId: true,
  municipalityId: true,
  schoolId: true,
  personId: true,
  status: true,
  dueAt: true,
  evidenceText: true,
  evidenceFileId: true,
  evidenceFileName: true,
  evidenceUrl: true,
  doneAt: true,
  acceptedAt: true,
  returnedAt: true,
  returnReason: true,
  school: { select: { shortName: true } },
  person: { select: { displayName: true } },
  doneBy: { select: { displayName: true } },
  task: {
    select: {
      title: true,
      standing: true,
      createdById: true,
      decision: { select: { number: true, meeting: { select: { number: true, heldOn: true, title: true } } } },
      municipality: { select: { timeZone: true } },
    },
  },
} as const;

export type AssignmentState = "open" | "returned" | "overdue" | "done" | "accepted";

export interface AssignmentView {
  id: number;
  taskId: number;
  title: string;
  /** «Протокол №15 от 31.05.2023, п. 1», when the task came from a meeting */
  source: { meetingNumber: string | null; heldOn: string; decisionNumber: number } | null;
  assignee: string;
  schoolId: number | null;
  personId: number | null;
  state: AssignmentState;
  dueAt: string | null;
  standing: boolean;
  timeZone: string;
  evidence: { text: string | null; fileId: string | null; fileName: string | null; url: string | null };
  doneAt: string | null;
  doneBy: string | null;
  returnedAt: string | null;
  returnReason: string | null;
  canClose: boolean;
  canReview: boolean;
}

interface Row {
  id: number;
  taskId: number;
  municipalityId: number;
  schoolId: number | null;
  personId: number | null;
  status: "OPEN" | "DONE" | "ACCEPTED";
  dueAt: Date | null;
  evidenceText: string | null;
  evidenceFileId: string | null;
  evidenceFileName: string | null;
  evidenceUrl: string | null;
  doneAt: Date | null;
  returnedAt: Date | null;
  returnReason: string | null;
  school: { shortName: string } | null;
  person: { displayName: string } | null;
  doneBy: { displayName: string } | null;
  task: {
    title: string;
    standing: boolean;
    decision: { number: number; meeting: { number: string | null; heldOn: Date; title: string } } | null;
    municipality: { timeZone: string };
  };
}

export function stateOf(a: { status: string; dueAt: Date | null; returnedAt: Date | null }, now: Date): AssignmentState {
  if (a.status === "ACCEPTED") return "accepted";
  if (a.status === "DONE") return "done";
  if (a.returnedAt) return "returned";
  return a.dueAt && a.dueAt.getTime() < now.getTime() ? "overdue" : "open";
}

export function toAssignmentView(row: Row, actor: Actor, now: Date): AssignmentView {
  const meeting = row.task.decision?.meeting;
  return {
    id: row.id,
    taskId: row.taskId,
    title: row.task.title,
    source: meeting
      ? { meetingNumber: meeting.number, heldOn: meeting.heldOn.toISOString().slice(0, 10), decisionNumber: row.task.decision!.number }
      : null,
    assignee: row.school?.shortName ?? row.person?.displayName ?? "",
    schoolId: row.schoolId,
    personId: row.personId,
    state: stateOf(row, now),
    dueAt: row.dueAt?.toISOString() ?? null,
    standing: row.task.standing,
    timeZone: row.task.municipality.timeZone,
    evidence: { text: row.evidenceText, fileId: row.evidenceFileId, fileName: row.evidenceFileName, url: row.evidenceUrl },
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneBy?.displayName ?? null,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    returnReason: row.returnReason,
    canClose: row.status === "OPEN" && isAssignee(actor, row),
    canReview: row.status === "DONE" && isStaff(actor) && actor.municipalityId === row.municipalityId,
  };
}
