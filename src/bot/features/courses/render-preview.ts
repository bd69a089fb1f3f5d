// The preview of a file: how many rows are fine, and each bad row with its number and reason.
import type { ImportPreview } from "../../../domain/courses/import/preview-completion-import.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";

/** Telegram's 4096 characters hold about this many reasons. */
const MAX_SHOWN = 25;

export function renderPreview(p: ImportPreview, t: Translate): string {
  if (p.fileProblem) return t(`course-import-problem-${p.fileProblem}`, { columns: p.missingColumns.join(", ") });
  const lines: string[] = [];
  if (p.errors.length > 0) {
    lines.push(t("course-import-has-errors", { ok: p.ready, bad: p.errors.length }));
    for (const e of p.errors.slice(0, MAX_SHOWN)) {
      const params = Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]));
      const reason = e.code === "course-not-found" || e.code === "unknown-teacher"
        ? t(`course-import-error-${e.code}${params.suggestion ? "-similar" : ""}`, params)
        : t(`course-import-error-${e.code}`, params);
      lines.push(t("course-import-line", { line: e.line, reason }));
    }
    if (p.errors.length > MAX_SHOWN) lines.push(t("course-import-more", { count: p.errors.length - MAX_SHOWN }));
    lines.push("", t("course-import-fix-and-resend"));
    return lines.join("\n");
  }
  lines.push(t("course-import-ready", { ok: p.ready }));
  if (p.alreadyRecorded > 0) lines.push(t("course-import-already", { count: p.alreadyRecorded }));
  return lines.join("\n");
}
