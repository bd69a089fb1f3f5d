// The outbox notices the tasks feature writes, and their payloads: the domain writes them, src/notify/notices/
// tasks.ts renders them. Every payload carries what the message shows, so rendering needs no database.

export const TASK_ASSIGNED = "task.assigned"; // new tasks from a meeting, one message per person
export const TASK_DONE = "task.done"; // a school reported: to the task's author, to accept or return
export const TASK_RETURNED = "task.returned"; // staff returned a report: to the school's heads, with the reason
export const TASK_ACCEPTED = "task.accepted"; // staff accepted a report: to the school's heads

export interface AssignedItem {
  assignmentId: number;
  title: string;
  /** ISO moment, or null for a standing task */
  due: string | null;
}

export interface TaskAssignedPayload {
  meetingNumber: string | null;
  /** YYYY-MM-DD */
  heldOn: string;
  meetingTitle: string;
  timeZone: string;
  items: AssignedItem[];
}

export interface TaskEventPayload {
  assignmentId: number;
  title: string;
  /** the school's short name or the person's name */
  assignee: string;
  /** returns only */
  reason?: string;
}
