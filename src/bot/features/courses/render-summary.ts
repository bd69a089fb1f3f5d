// The summary as the protocol writes it, and as a table. The sentence names the total, the provider most
// teachers studied with (ТОИУУ in the protocol) and the remote format — the protocol's two highlights.
import type { CourseSummary, SummaryBlock } from "../../../domain/courses/get-course-summary.js";
import { formatIsoDate } from "../../../domain/courses/parse-completion-date.js";
import { PROVIDER_LABEL } from "../../../domain/courses/providers.js";
import { schoolYearLabel, type Period } from "../../../domain/courses/school-year.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";

export function periodText(period: Period, t: Translate): string {
  const year = schoolYearLabel(period);
  return year ? t("course-summary-period-year", { year }) : t("course-summary-period-range", { from: formatIsoDate(period.from), to: formatIsoDate(period.to) });
}

export function summarySentence(block: SummaryBlock, period: Period, t: Translate): string {
  const when = periodText(period, t);
  if (block.total.teachers === 0) return t("course-summary-none", { period: when });
  const total = t("course-summary-total", { period: when, ...block.total });
  const parts: string[] = [];
  // The leading named provider: "другая организация" is not a place one studied "на базе".
  const leader = block.byProvider.filter((p) => p.provider !== "OTHER").sort((a, b) => b.teachers - a.teachers)[0];
  if (leader) parts.push(t("course-summary-group", { ...pick(leader), where: t("course-summary-at-provider", { provider: PROVIDER_LABEL[leader.provider] }) }));
  const remote = block.byFormat.find((f) => f.format === "REMOTE");
  if (remote) parts.push(t("course-summary-group", { ...pick(remote), where: t("course-summary-format-REMOTE") }));
  if (parts.length === 0) return total;
  const joined = parts.length === 2 ? t("course-summary-and", { first: parts[0]!, second: parts[1]! }) : parts[0]!;
  return `${total} ${t("course-summary-of-them", { parts: joined })}`;
}

const pick = (f: { teachers: number; programmes: number }) => ({ teachers: f.teachers, programmes: f.programmes });

export function tagLabel(tag: string, t: Translate): string {
  if (tag.startsWith("topic:")) return tag.slice("topic:".length);
  const key = `course-summary-tag-${tag}`;
  const text = t(key);
  return text === key ? tag : text;
}

/** The table as lines of HTML: totals, then splits; per school when there are several schools. */
export function summaryTable(summary: CourseSummary, title: string, t: Translate): string {
  const m = summary.municipality;
  const row = (label: string, f: { teachers: number; programmes: number }) => t("course-summary-table-row", { label: escapeHtml(label), ...pick(f) });
  const lines = [t("course-summary-table-head", { title: escapeHtml(title) }), t("course-summary-table-total", pick(m.total))];
  if (m.byProvider.length) lines.push("", t("course-summary-table-by-provider"), ...m.byProvider.map((p) => row(PROVIDER_LABEL[p.provider], p)));
  if (m.byFormat.length) lines.push("", t("course-summary-table-by-format"), ...m.byFormat.map((f) => row(t(`course-summary-format-${f.format}`), f)));
  if (m.byTag.length) lines.push("", t("course-summary-table-by-tag"), ...m.byTag.map((g) => row(tagLabel(g.tag, t), g)));
  if (summary.schools.length > 1) lines.push("", t("course-summary-table-by-school"), ...summary.schools.map((s) => row(s.shortName, s.total)));
  return lines.join("\n");
}
