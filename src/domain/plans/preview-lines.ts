// The preview as lines of text (HTML-safe), for the bot and the CLI alike: counts, each item's schedule and
// responsible as understood, every line not understood, and what a re-import changes.
import { describeResponsible, describeSchedule, type Translate } from "./describe-plan.js";
import type { PreparedImport } from "./prepare-plan-import.js";
import { formatDay } from "./schedule/calendar-date.js";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const short = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= max ? flat : `${[...flat].slice(0, max - 1).join("")}…`;
};

export function previewHeader(p: PreparedImport, t: Translate): string[] {
  const lines = [
    t("plans-preview-title", { title: escape(short(p.title, 300)) }),
    t("plans-preview-period", { start: formatDay(p.period.start), end: formatDay(p.period.end) }),
    t("plans-preview-counts", { items: p.items.length, sections: p.sections.length }),
  ];
  if (p.changes) {
    const c = p.changes;
    lines.push("", t("plans-preview-changes", { added: c.added.length, changed: c.changed.length, removed: c.removed.length, unchanged: c.unchanged }));
    const what = (x: { number: string | null; text: string }) => escape(`${x.number ? `${x.number} ` : ""}${short(x.text, 60)}`);
    for (const a of c.added) lines.push(t("plans-preview-change-added", { what: what(a) }));
    for (const ch of c.changed) lines.push(t("plans-preview-change-changed", { what: what(ch), fields: ch.fields.map((f) => t(`plans-field-${f}`)).join(", ") }));
    for (const r of c.removed) lines.push(t("plans-preview-change-removed", { what: what(r) }));
  }
  return lines;
}

/** One block per item, sections as headings. */
export function previewItems(p: PreparedImport, t: Translate): string[] {
  const lines: string[] = [];
  let section: string | null = null;
  for (const item of p.items) {
    if (item.section !== section && item.section) lines.push("", t("plans-preview-section", { title: escape(short(item.section, 200)) }));
    section = item.section;
    lines.push(
      t("plans-preview-item", {
        number: item.number ?? "•",
        text: escape(short(item.text)),
        written: escape(item.scheduleText.replace(/\n/g, " / ") || "—"),
        schedule: describeSchedule(item.schedule, t),
        responsible: escape(describeResponsible(item.responsible, t)),
      }),
    );
  }
  return lines;
}

export function previewProblems(p: PreparedImport, t: Translate): string[] {
  if (p.problems.length === 0) return [t("plans-preview-all-read")];
  const lines = [t("plans-preview-problems-title", { count: p.problems.length })];
  for (const problem of p.problems) {
    const number = "number" in problem && problem.number ? ` (${problem.number})` : "";
    const reason = problem.kind === "schedule" ? describeSchedule({ kind: "UNREAD", startsOn: null, dueOn: null, month: null, day: null, unreadReason: problem.reason }, t) : "";
    lines.push(t(`plans-preview-problem-${problem.kind}`, { row: problem.row, number, text: escape(short(problem.text.replace(/\n/g, " / "), 120)), reason }));
  }
  return lines;
}

/** Lines grouped into messages under Telegram's 4096 characters. */
export function intoMessages(lines: string[], limit = 3800): string[] {
  const messages: string[] = [];
  let current = "";
  for (const line of lines) {
    if (current && current.length + line.length + 1 > limit) {
      messages.push(current);
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current.trim()) messages.push(current);
  return messages;
}
