// A head's file of completions, read and checked; nothing is stored in the records yet. When every row is
// fine the checked rows are kept as a pending import for the head to confirm; with any bad row nothing is
// kept and the preview lists every bad row (all or none: the head fixes the file and sends it again).
import { z } from "zod";
import type { Prisma } from "../../../generated/prisma/client.js";
import type { DomainDeps } from "../../deps.js";
import { parseInput } from "../../people/parse-input.js";
import type { Actor } from "../../actor.js";
import { loadSchoolFor } from "../course-access.js";
import { listCourses } from "../list-courses.js";
import { checkCompletionRows, type RowError } from "./check-completion-rows.js";
import { readSheet, type SheetProblem } from "./read-sheet.js";

const inputSchema = z.object({
  schoolId: z.number().int().positive(),
  fileName: z.string().max(300),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "not a file"),
});

export type FileProblem = SheetProblem | "no-header" | "no-rows";

export interface ImportPreview {
  /** the file could not be read as a table of completions: nothing else is filled */
  fileProblem: FileProblem | null;
  /** the required columns not found in the first row (for "no-header") */
  missingColumns: string[];
  /** rows that will be imported on confirmation */
  ready: number;
  /** rows already in the records (same teacher, course, date): skipped, not doubled */
  alreadyRecorded: number;
  errors: RowError[];
  /** set when there are rows to import and no errors */
  importId: number | null;
}

export async function previewCompletionImport(deps: DomainDeps, actor: Actor, input: z.input<typeof inputSchema>): Promise<ImportPreview> {
  const data = parseInput(inputSchema, input);
  const school = await loadSchoolFor(deps, actor, data.schoolId, "write");
  const empty = { fileProblem: null, missingColumns: [], ready: 0, alreadyRecorded: 0, errors: [], importId: null };
  const sheet = await readSheet(data.bytes, data.fileName);
  if (!sheet.ok) return { ...empty, fileProblem: sheet.problem };

  const [teachers, courses] = await Promise.all([
    deps.db.teacher.findMany({ where: { schoolId: school.id }, select: { id: true, fullName: true }, orderBy: { archivedAt: { sort: "asc", nulls: "first" } } }),
    listCourses(deps, actor, { municipalityId: school.municipalityId }),
  ]);
  const checked = checkCompletionRows(sheet.rows, { teachers, courses, today: deps.now().toISOString().slice(0, 10) });
  if (!checked.ok) return { ...empty, fileProblem: checked.problem, missingColumns: checked.problem === "no-header" ? checked.missing : [] };
  if (checked.errors.length > 0) return { ...empty, errors: checked.errors, ready: checked.rows.length };

  const existing = await findExisting(deps, checked.rows);
  const fresh = checked.rows.filter((r) => !existing.has(`${r.teacherId}:${r.courseId}:${r.completedOn}`));
  if (fresh.length === 0) return { ...empty, fileProblem: null, alreadyRecorded: checked.rows.length };
  const pending = await deps.db.completionImport.create({
    data: {
      schoolId: school.id,
      personId: actor.personId,
      fileName: data.fileName.slice(0, 200),
      rows: fresh.map(({ line: _line, ...r }) => r) as unknown as Prisma.InputJsonValue,
      skipped: checked.rows.length - fresh.length,
      // The domain clock, not the database's: confirmation compares against deps.now().
      createdAt: deps.now(),
    },
    select: { id: true },
  });
  return { ...empty, fileProblem: null, ready: fresh.length, alreadyRecorded: checked.rows.length - fresh.length, importId: pending.id };
}

async function findExisting(deps: DomainDeps, rows: { teacherId: number; courseId: number; completedOn: string }[]): Promise<Set<string>> {
  const teacherIds = [...new Set(rows.map((r) => r.teacherId))];
  const found = await deps.db.courseCompletion.findMany({
    where: { teacherId: { in: teacherIds } },
    select: { teacherId: true, courseId: true, completedOn: true },
  });
  return new Set(found.map((f) => `${f.teacherId}:${f.courseId}:${f.completedOn.toISOString().slice(0, 10)}`));
}

