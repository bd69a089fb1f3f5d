// The preview before anything is stored: every decision with its deadline and who is responsible, and what
// still needs the sender (a deadline not understood, a responsible phrase not recognised, nobody chosen).
import type { DecisionDraft } from "../../../domain/tasks/read-protocol.js";
import { hasAnyone, type Directory } from "../../../domain/tasks/responsible.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";

export interface MeetingHeader {
  number: string | null;
  heldOn: string; // YYYY-MM-DD
  title: string;
}

/** What is wrong with a decision, or [] when it can be stored. */
export function problemsOf(t: Translate, d: DecisionDraft): string[] {
  const problems: string[] = [];
  if (d.deadline.kind === "unreadable") {
    problems.push(d.deadline.raw ? t("task-problem-deadline", { text: escapeHtml(d.deadline.raw) }) : t("task-problem-no-deadline"));
  }
  if (d.assignees.unknown.length > 0) problems.push(t("task-problem-unknown", { text: escapeHtml(d.assignees.unknown.join(", ")) }));
  else if (!hasAnyone(d.assignees)) problems.push(t("task-problem-nobody"));
  return problems;
}

export function responsibleLabel(t: Translate, d: DecisionDraft, directory: Directory): string {
  const a = d.assignees;
  const names = [
    ...(a.allSchools ? [t("task-resp-all-schools", { count: directory.schools.length })] : []),
    ...directory.schools.filter((s) => a.schoolIds.includes(s.id)).map((s) => s.shortName),
    ...directory.staff.filter((p) => a.personIds.includes(p.id)).map((p) => p.displayName),
  ];
  return names.length > 0 ? escapeHtml(truncate(names.join(", "), 120)) : "—";
}

export function deadlineLabel(t: Translate, d: DecisionDraft, today: string): string {
  if (d.deadline.kind === "standing") return t("task-standing");
  if (d.deadline.kind === "unreadable") return "—";
  const [y, m, day] = d.deadline.date.split("-");
  const past = d.deadline.date < today ? ` ${t("task-past-mark")}` : "";
  return `${day}.${m}.${y}${past}`;
}

/** The whole preview, kept under Telegram's 4096 characters however many decisions there are. */
export function renderPreview(t: Translate, header: MeetingHeader, drafts: DecisionDraft[], directory: Directory, today: string): string {
  const [y, m, d] = header.heldOn.split("-");
  const lines = [
    t("task-preview-title", { number: header.number ?? "—", date: `${d}.${m}.${y}`, title: escapeHtml(truncate(header.title, 200)) }),
    t("task-preview-count", { count: drafts.length }),
    "",
  ];
  const perItem = Math.max(100, Math.floor(2400 / Math.max(1, drafts.length)));
  let hidden = 0;
  let length = lines.join("\n").length;
  for (const draft of drafts) {
    const problems = problemsOf(t, draft);
    const item = [
      `<b>${draft.number}.</b> ${escapeHtml(truncate(draft.text, perItem))}`,
      `   ${t("task-preview-line", { deadline: deadlineLabel(t, draft, today), responsible: responsibleLabel(t, draft, directory) })}`,
      ...problems.map((p) => `   ⚠️ ${p}`),
    ].join("\n");
    // Whole items only (a cut could split an HTML tag); what does not fit is named by number below.
    if (hidden > 0 || length + item.length > 3600) hidden += 1;
    else {
      lines.push(item);
      length += item.length + 1;
    }
  }
  if (hidden > 0) lines.push(t("task-preview-more", { count: hidden }));
  const blocked = drafts.filter((x) => problemsOf(t, x).length > 0).map((x) => x.number);
  lines.push("", blocked.length > 0 ? t("task-preview-fix", { numbers: blocked.join(", ") }) : t("task-preview-ok"));
  return lines.join("\n");
}
