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
  const lookups: Lookups = { context, teachersByKey, coursesByKey };
  const seen = new Map<string, number>();
  const checked: CheckedRow[] = [];
  const errors: RowError[] = [];
  for (const row of data) {
    const cell = (c: CompletionColumn) => (columns[c] === undefined ? "" : (row.cells[columns[c]!] ?? "").replace(/\s+/g, " ").trim());
    const found = checkRow(cell, lookups);
    if ("code" in found) {
      errors.push({ line: row.line, code: found.code, params: found.params });
      continue;
    }
    const key = `${found.teacherId}:${found.courseId}:${found.completedOn}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line: row.line, code: "same-as-line", params: { other: first } });
      continue;
    }
    seen.set(key, row.line);
    checked.push({ line: row.line, ...found });
  }
  return { ok: true, rows: checked, errors };
}

interface Lookups {
  context: CheckContext;
  teachersByKey: Map<string, CheckContext["teachers"][number]>;
  coursesByKey: Map<string, CourseView[]>;
}

type RowProblem = { code: RowErrorCode; params: Record<string, string | number> };

/** One line of the sheet: the completion it records, or the first thing wrong with it. */
function checkRow(cell: (c: CompletionColumn) => string, { context, teachersByKey, coursesByKey }: Lookups): Omit<CheckedRow, "line"> | RowProblem {
  const fail = (code: RowErrorCode, params: Record<string, string | number> = {}): RowProblem => ({ code, params });
  const empty = REQUIRED_COLUMNS.find((c) => cell(c) === "");
  if (empty) return fail("empty-cell", { column: TEMPLATE_HEADERS[empty] });
  const date = parseCompletionDate(cell("date"));
  if (!date.ok) return fail(date.reason, { value: cell("date") });
  if (date.iso > context.today) return fail("future-date", { value: cell("date") });
  const teacher = teachersByKey.get(textKey(cell("teacher")));
  if (!teacher) return fail("unknown-teacher", { value: cell("teacher"), suggestion: nearestName(context.teachers, cell("teacher")) ?? "" });
  const providerText = cell("provider");
  const provider = providerText ? parseProvider(providerText) : undefined;
  if (providerText && !provider && !coursesByKey.get(textKey(cell("course")))?.some((c) => textKey(c.providerLabel) === textKey(providerText))) {
    return fail("unknown-provider", { value: providerText });
  }
  const sameTitle = coursesByKey.get(textKey(cell("course"))) ?? [];
  const course = provider ? sameTitle.find((c) => c.provider === provider) : sameTitle[0];
  if (!course && sameTitle.length > 0 && provider) {
    return fail("provider-mismatch", { course: sameTitle[0]!.title, provider: sameTitle[0]!.providerLabel, value: PROVIDER_LABEL[provider] });
  }
  if (!course) return fail("course-not-found", { value: cell("course"), suggestion: closestCourse(context.courses, cell("course"))?.title ?? "" });
  const certificate = cell("certificate").slice(0, MAX_CERTIFICATE);
  return { teacherId: teacher.id, courseId: course.id, completedOn: date.iso, certificateNo: certificate || null };
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
