// A school's list of teachers from an XLSX or CSV (ФИО, должность, год начала педагогического стажа).
// All or nothing, every bad line reported; names already on the list are left as they are (re-import is safe).
import { recordAudit } from "../audit/record-audit.js";
import { loadSchoolFor } from "../courses/course-access.js";
import { readSheet, type SheetProblem } from "../courses/import/read-sheet.js";
import { textKey } from "../courses/text-key.js";
import type { DomainDeps } from "../deps.js";
import { auditActorId, type Caller } from "../people/system-actor.js";
import { nameKeyOf, teacherFields } from "./teacher-input.js";

export interface ImportTeachersResult {
  fileProblem: SheetProblem | "no-header" | null;
  created: number;
  unchanged: number;
  /** non-empty: nothing was imported */
  errors: { line: number; message: string }[];
}

const COLUMNS: Record<string, "name" | "position" | "career"> = {
  фио: "name",
  "фио педагога": "name",
  педагог: "name",
  должность: "position",
  "год начала стажа": "career",
  "год начала педагогического стажа": "career",
  стаж: "career",
};

export async function importTeachers(
  deps: DomainDeps,
  caller: Caller,
  input: { schoolId: number; fileName: string; bytes: Uint8Array },
): Promise<ImportTeachersResult> {
  const school = await loadSchoolFor(deps, caller, input.schoolId, "write");
  const none = { created: 0, unchanged: 0, errors: [] };
  const sheet = await readSheet(input.bytes, input.fileName);
  if (!sheet.ok) return { ...none, fileProblem: sheet.problem };
  const [header, ...data] = sheet.rows;
  const at: Partial<Record<"name" | "position" | "career", number>> = {};
  header!.cells.forEach((c, i) => {
    const column = COLUMNS[textKey(c)];
    if (column && at[column] === undefined) at[column] = i;
  });
  if (at.name === undefined) return { ...none, fileProblem: "no-header" };

  const existing = new Set((await deps.db.teacher.findMany({ where: { schoolId: school.id }, select: { nameKey: true } })).map((t) => t.nameKey));
  const errors: ImportTeachersResult["errors"] = [];
  const fresh = new Map<string, { fullName: string; position: string; careerStartYear: number | null }>();
  let unchanged = 0;
  for (const row of data) {
    const cell = (i: number | undefined) => (i === undefined ? "" : (row.cells[i] ?? "").trim());
    const year = cell(at.career);
    const parsed = teacherFields.safeParse({
      fullName: cell(at.name),
      position: cell(at.position) || undefined,
      careerStartYear: year === "" ? null : /^\d{4}$/.test(year) ? Number(year) : -1,
    });
    if (!parsed.success) {
      errors.push({ line: row.line, message: parsed.error.issues[0]?.message ?? "invalid" });
      continue;
    }
    const key = nameKeyOf(parsed.data.fullName);
    if (existing.has(key) || fresh.has(key)) unchanged += 1;
    else fresh.set(key, { fullName: parsed.data.fullName, position: parsed.data.position, careerStartYear: parsed.data.careerStartYear ?? null });
  }
  if (errors.length > 0) return { ...none, fileProblem: null, errors };
  if (fresh.size > 0) {
    await deps.db.$transaction(async (tx) => {
      await tx.teacher.createMany({ data: [...fresh].map(([nameKey, t]) => ({ ...t, nameKey, schoolId: school.id })) });
      await recordAudit(tx, { at: deps.now(), actorId: auditActorId(caller), action: "teachers.import", entity: "School", entityId: school.id, data: { created: fresh.size } });
    });
  }
  return { fileProblem: null, created: fresh.size, unchanged, errors: [] };
}
