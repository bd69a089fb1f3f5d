// The payload of the weekly digest for officials (rendered in src/notify/notices/digest.ts).
export const DIGEST_NOTICE = "digest.weekly";

export interface DigestPayload {
  municipalityName: string;
  timeZone: string;
  /** ISO: the moment the digest describes */
  at: string;
  /** the Monday of the week, "YYYY-MM-DD" */
  week: string;
  overdue: { assignments: number; schools: number };
  /** schools with the most overdue tasks */
  schools: Array<{ shortName: string; overdueTasks: number; missingForms: number }>;
  campaigns: Array<{ title: string; deadline: string; missing: number; schools: number }>;
  /** since the same moment a week ago */
  changes: { tasksDone: number; formsSubmitted: number; newlyOverdue: number; tasksCreated: number };
}
