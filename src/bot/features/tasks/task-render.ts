// How tasks read in messages: deadline, state mark, source, evidence. Texts come from locales/*/tasks.ftl.
import type { AssignmentView, AssignmentState } from "../../../domain/tasks/assignment-view.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";

export const STATE_MARK: Record<AssignmentState, string> = { returned: "↩️", overdue: "🔴", open: "⚪️", done: "🟡", accepted: "✅" };

export function deadlineText(t: Translate, a: { dueAt: string | null; standing: boolean; timeZone: string }): string {
  if (a.standing || !a.dueAt) return t("task-standing");
  return formatLocal(new Date(a.dueAt), a.timeZone, false);
}

export function sourceText(t: Translate, source: AssignmentView["source"]): string {
  if (!source) return "";
  const [y, m, d] = source.heldOn.split("-");
  return t("task-source", { number: source.meetingNumber ?? "—", date: `${d}.${m}.${y}`, item: source.decisionNumber });
}

/** A one-line button label: mark, deadline, the start of the title. */
export function assignmentButton(t: Translate, a: AssignmentView, withAssignee = false): string {
  const who = withAssignee ? `${a.assignee}: ` : "";
  return truncate(`${STATE_MARK[a.state]} ${who}${deadlineText(t, a)} · ${a.title}`, 60);
}

export function assignmentCard(t: Translate, a: AssignmentView): string {
  const lines = [
    `<b>${escapeHtml(truncate(a.title, 1500))}</b>`,
    sourceText(t, a.source),
    t("task-card-deadline", { deadline: deadlineText(t, a) }),
    t("task-card-assignee", { assignee: escapeHtml(a.assignee) }),
    t("task-card-state", { state: `${STATE_MARK[a.state]} ${t(`task-state-${a.state}`)}` }),
  ];
  if (a.returnedAt && a.returnReason) lines.push(t("task-card-returned", { reason: escapeHtml(truncate(a.returnReason, 500)) }));
  if (a.state === "done" || a.state === "accepted") lines.push(evidenceText(t, a));
  return lines.filter((l) => l !== "").join("\n");
}

export function evidenceText(t: Translate, a: AssignmentView): string {
  const parts = [t("task-card-done", { who: escapeHtml(a.doneBy ?? "—"), at: a.doneAt ? formatLocal(new Date(a.doneAt), a.timeZone) : "—" })];
  if (a.evidence.text) parts.push(`💬 ${escapeHtml(truncate(a.evidence.text, 1000))}`);
  if (a.evidence.url) parts.push(`🔗 ${escapeHtml(a.evidence.url)}`);
  if (a.evidence.fileId) parts.push(`📎 ${escapeHtml(a.evidence.fileName ?? t("task-file"))}`);
  return parts.join("\n");
}
