// The head confirms a previewed file: every row goes in, in one transaction, or none does. The pending
// import is claimed conditionally (confirmedAt still null), so a double press imports once.
import type { Actor } from "../../actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { DomainDeps } from "../../deps.js";
import { DomainError } from "../../errors.js";
import { loadSchoolFor } from "../course-access.js";
import { isoToDate } from "../school-year.js";

/** A preview older than this is stale: the school's list or the catalogue may have changed since. */
const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface StoredRow {
  teacherId: number;
  courseId: number;
  completedOn: string;
  certificateNo: string | null;
}

export async function confirmCompletionImport(deps: DomainDeps, actor: Actor, input: { importId: number }): Promise<{ created: number; skipped: number }> {
  const pending = await deps.db.completionImport.findUnique({ where: { id: input.importId } });
  if (!pending) throw new DomainError("not-found", { entity: "import" });
  await loadSchoolFor(deps, actor, pending.schoolId, "write");
  if (pending.personId !== actor.personId) throw new DomainError("forbidden");
  if (pending.confirmedAt) throw new DomainError("conflict", { entity: "import" });
  const now = deps.now();
  if (now.getTime() - pending.createdAt.getTime() > PREVIEW_LIFETIME_MS) throw new DomainError("not-found", { entity: "import" });
  const rows = pending.rows as unknown as StoredRow[];

  return deps.db.$transaction(async (tx) => {
    const claimed = await tx.completionImport.updateMany({ where: { id: pending.id, confirmedAt: null }, data: { confirmedAt: now } });
    if (claimed.count === 0) throw new DomainError("conflict", { entity: "import" });
    // Teachers must still be this school's (the preview checked; a forged import id of another school is refused above).
    const teacherIds = [...new Set(rows.map((r) => r.teacherId))];
    const own = await tx.teacher.count({ where: { id: { in: teacherIds }, schoolId: pending.schoolId } });
    if (own !== teacherIds.length) throw new DomainError("forbidden");
    let created = 0;
    for (let i = 0; i < rows.length; i += 1000) {
      const batch = await tx.courseCompletion.createMany({
        data: rows.slice(i, i + 1000).map((r) => ({ ...r, completedOn: isoToDate(r.completedOn), reportedById: actor.personId })),
        skipDuplicates: true,
      });
      created += batch.count;
    }
    await recordAudit(tx, {
      at: deps.now(),
      actorId: actor.personId,
      action: "completion.import",
      entity: "School",
      entityId: pending.schoolId,
      data: { importId: pending.id, fileName: pending.fileName, created },
    });
    return { created, skipped: pending.skipped + rows.length - created };
    // 5,000 rows take longer than Prisma's default 5 s for an interactive transaction.
  }, { timeout: 120_000, maxWait: 10_000 });
}
