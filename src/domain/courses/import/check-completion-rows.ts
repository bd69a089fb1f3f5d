// Every row of a completions file checked against the school's teachers and the catalogue. Each bad row is
// reported with its number and reason (and a near match where there is one), so the head fixes the file once.
import { closestCourse } from "../course-search.js";
import type { CourseView } from "../course-view.js";
import { parseCompletionDate } from "../parse-completion-date.js";
import { parseProvider, PROVIDER_LABEL } from "../providers.js";
import { textKey } from "../text-key.js";
import type { SheetRow } from "./read-sheet.js";
import { mapHeader, REQUIRED_COLUMNS, TEMPLATE_HEADERS, type CompletionColumn } from "./completion-columns.js";
import { distance } from "fastest-levenshtein";

export type RowErrorCode =
  | "empty-cell"
  | "no-such-date"
  | "not-a-date"
  | "future-date"
  | "unknown-teacher"
  | "course-not-found"
  | "unknown-provider"
  | "provider-mismatch"
  | "same-as-line";

export interface RowError {
  line: number;
  code: RowErrorCode;
  params: Record<string, string | number>;
}

export interface CheckedRow {
  line: number;
  teacherId: number;
  courseId: number;
  completedOn: string;
  certificateNo: string | null;
}

export type CheckResult =
  | { ok: true; rows: CheckedRow[]; errors: RowError[] }
  | { ok: false; problem: "no-header"; missing: string[] }
  | { ok: false; problem: "no-rows" };

export interface CheckContext {
  teachers: { id: number; fullName: string }[];
  courses: CourseView[];
  /** ISO date of today: a completion cannot be later */
  today: string;
}

const MAX_CERTIFICATE = 100;

export function checkCompletionRows(rows: SheetRow[], context: CheckContext): CheckResult {
  const [header, ...data] = rows;
  const columns = mapHeader(header?.cells ?? []);
  const missing = REQUIRED_COLUMNS.filter((c) => columns[c] === undefined);
  if (missing.length > 0) return { ok: false, problem: "no-header", missing: missing.map((c) => TEMPLATE_HEADERS[c]) };
  if (data.length === 0) return { ok: false, problem: "no-rows" };

  const teachersByKey = new Map(context.teachers.map((t) => [textKey(t.fullName), t]));
  const coursesByKey = new Map<string, CourseView[]>();
  for (const c of context.courses) {
    const key = textKey(c.title);
    coursesByKey.set(key, [...(coursesByKey.get(key) ?? []), c]);
  }
  const seen = new Map<string, number>();
  const checked: CheckedRow[] = [];
  const errors: RowError[] = [];
  for (const row of data) {
    const cell = (c: CompletionColumn) => (columns[c] === undefined ? "" : (row.cells[columns[c]!] ?? "").replace(/\s+/g, " ").trim());
    const fail = (code: RowErrorCode, params: Record<string, string | number> = {}) => errors.push({ line: row.line, code, params });
    const empty = REQUIRED_COLUMNS.find((c) => cell(c) === "");
    if (empty) {
      fail("empty-cell", { column: TEMPLATE_HEADERS[empty] });
      continue;
    }
    const date = parseCompletionDate(cell("date"));
    if (!date.ok) {
      fail(date.reason, { value: cell("date") });
      continue;
    }
    if (date.iso > context.today) {
      fail("future-date", { value: cell("date") });
      continue;
    }
    const teacher = teachersByKey.get(textKey(cell("teacher")));
    if (!teacher) {
      fail("unknown-teacher", { value: cell("teacher"), suggestion: nearestName(context.teachers, cell("teacher")) ?? "" });
      continue;
    }
    const providerText = cell("provider");
    const provider = providerText ? parseProvider(providerText) : undefined;
    if (providerText && !provider && !coursesByKey.get(textKey(cell("course")))?.some((c) => textKey(c.providerLabel) === textKey(providerText))) {
      fail("unknown-provider", { value: providerText });
      continue;
    }
    const sameTitle = coursesByKey.get(textKey(cell("course"))) ?? [];
    const course = provider ? sameTitle.find((c) => c.provider === provider) : sameTitle[0];
    if (!course) {
      if (sameTitle.length > 0 && provider) {
        fail("provider-mismatch", { course: sameTitle[0]!.title, provider: sameTitle[0]!.providerLabel, value: PROVIDER_LABEL[provider] });
      } else fail("course-not-found", { value: cell("course"), suggestion: closestCourse(context.courses, cell("course"))?.title ?? "" });
      continue;
    }
    const key = `${teacher.id}:${course.id}:${date.iso}`;
    const first = seen.get(key);
    if (first !== undefined) {
      fail("same-as-line", { other: first });
      continue;
    }
    seen.set(key, row.line);
    const certificate = cell("certificate").slice(0, MAX_CERTIFICATE);
    checked.push({ line: row.line, teacherId: teacher.id, courseId: course.id, completedOn: date.iso, certificateNo: certificate || null });
  }
  return { ok: true, rows: checked, errors };
}

function nearestName(teachers: { fullName: string }[], typed: string): string | undefined {
  const key = textKey(typed);
  let best: { name: string; d: number } | undefined;
  for (const t of teachers) {
    const d = distance(key, textKey(t.fullName));
    if (!best || d < best.d) best = { name: t.fullName, d };
  }
  return best && best.d <= Math.max(2, key.length / 5) ? best.name : undefined;
}
