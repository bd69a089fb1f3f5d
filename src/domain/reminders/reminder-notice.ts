// The payload of the merged deadline reminder (rendered in src/notify/notices/reminders.ts).
export const REMINDERS_NOTICE = "reminders.deadline";

export interface ReminderNoticeItem {
  type: "campaign" | "task" | "announcement";
  /** campaign id, task assignment id or announcement id */
  id: number;
  taskId: number | null;
  schoolId: number | null;
  title: string;
  /** ISO */
  due: string;
  /** "before-3" | "before-1" | "due" | "overdue-N" */
  stage: string;
}

export interface RemindersPayload {
  timeZone: string;
  items: ReminderNoticeItem[];
}
