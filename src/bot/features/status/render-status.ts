// Texts and keyboards of /status. Every list is bounded (a page of schools, the first few tasks and people),
// so even a municipality of 4,000 schools gives one message under Telegram's 4,096 characters.
import { taskCallback } from "../tasks/task-callback.js";
import { InlineKeyboard } from "grammy";
import type { MunicipalityStatus } from "../../../domain/status/get-municipality-status.js";
import type { SchoolStatus } from "../../../domain/status/get-school-status.js";
import type { StatusItemPage } from "../../../domain/status/get-status-item.js";
import { STATUS_PAGE_SIZE } from "../../../domain/status/status-scope.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import { encodeCallback } from "../../keyboards/callback-data.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { statusCallback } from "./status-callback.js";

export const MESSAGE_LIMIT = 4096;
const TITLE = 60;
const NAME = 48;

const name = (text: string, max = TITLE) => escapeHtml(truncate(text, max));
const when = (iso: string | Date, timeZone: string) => formatLocal(new Date(iso), timeZone);

export function municipalityText(s: MunicipalityStatus, t: Translate): string {
  const now = new Date(s.at);
  const lines = [t(s.ownOnly ? "status-title-own" : "status-title", { municipality: name(s.municipalityName), at: when(s.at, s.timeZone) }), ""];
  if (s.campaigns.length === 0) lines.push(t("status-campaigns-none"));
  else lines.push(t("status-campaigns"));
  for (const c of s.campaigns) {
    const missing = c.schools - c.submitted;
    const key = missing === 0 ? "status-campaign-all" : c.deadline < now ? "status-campaign-closed" : "status-campaign-line";
    lines.push(t(key, { title: name(c.title), missing, schools: c.schools, deadline: when(c.deadline, s.timeZone) }));
  }
  lines.push("", s.overdue.assignments === 0 ? t("status-overdue-none") : t("status-overdue", { count: s.overdue.assignments, schools: s.overdue.schools, people: s.overdue.people }));
  for (const task of s.tasks) lines.push(t("status-task-line", { title: name(task.title), deadline: when(task.dueAt, s.timeZone), count: task.overdue }));
  if (s.assignees.length > 0) lines.push("", t("status-assignees"));
  for (const a of s.assignees) lines.push(t("status-assignee-line", { name: name(a.displayName, NAME), count: a.overdue }));
  if (s.announcements.length > 0) lines.push("", t("status-announcements"));
  for (const a of s.announcements) lines.push(t("status-announcement-line", { title: name(a.title), missing: a.missing, recipients: a.recipients }));
  lines.push("", ...debtorLines(s, t));
  return fit(lines);
}

function debtorLines(s: MunicipalityStatus, t: Translate): string[] {
  const { total, page, rows } = s.debtors;
  if (total === 0) return [t("status-debtors-none")];
  const from = page * STATUS_PAGE_SIZE + 1;
  return [
    t("status-debtors", { from, to: from + rows.length - 1, total }),
    ...rows.map((r, i) => t("status-debtor-line", { n: from + i, school: name(r.shortName, NAME), tasks: r.overdueTasks, forms: r.missingForms })),
  ];
}

export function municipalityKeyboard(s: MunicipalityStatus): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const c of s.campaigns.filter((c) => c.submitted < c.schools)) keyboard.text(`📋 ${truncate(c.title, 40)}`, statusCallback("campaign", c.campaignId, 0)).row();
  for (const task of s.tasks) keyboard.text(`⛔ ${truncate(task.title, 40)}`, statusCallback("task", task.taskId, 0)).row();
  s.debtors.rows.forEach((r, i) => {
    keyboard.text(`🏫 ${truncate(r.shortName, 28)}`, statusCallback("school", r.schoolId));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row();
  pager(keyboard, s.debtors.page, s.debtors.pageCount, (page) => statusCallback("page", page));
  return keyboard.text("📄 Excel", statusCallback("xlsx"));
}

function pager(keyboard: InlineKeyboard, page: number, pageCount: number, data: (page: number) => string): void {
  if (pageCount <= 1) return;
  if (page > 0) keyboard.text("◀️", data(page - 1));
  keyboard.text(`${page + 1}/${pageCount}`, data(page));
  if (page < pageCount - 1) keyboard.text("▶️", data(page + 1));
  keyboard.row();
}

export function schoolText(s: SchoolStatus, t: Translate): string {
  const lines = [t("status-school-title", { school: name(s.shortName, NAME), at: when(s.at, s.timeZone) })];
  if (s.campaigns.length === 0 && s.tasks.length === 0) return [...lines, "", t("status-school-nothing")].join("\n");
  if (s.campaigns.length > 0) lines.push("", t("status-school-forms"));
  for (const c of s.campaigns) {
    const key = c.state === "submitted" ? "submitted" : c.overdue ? "overdue" : c.state;
    lines.push(t(`status-school-form-${key}`, { title: name(c.title), deadline: when(c.deadline, s.timeZone) }));
  }
  if (s.tasks.length > 0) lines.push("", t("status-school-tasks"));
  for (const task of s.tasks) {
    const key = task.done ? "done" : task.overdue ? "overdue" : task.returned ? "returned" : task.dueAt === null ? "standing" : "open";
    lines.push(t(`status-school-task-${key}`, { title: name(task.title), deadline: task.dueAt ? when(task.dueAt, s.timeZone) : "" }));
  }
  if (s.moreTasks > 0) lines.push(t("status-school-more", { count: s.moreTasks }));
  return fit(lines);
}

/** A head gets buttons to act (the form, the task); staff get the way back to the whole picture. */
export function schoolKeyboard(s: SchoolStatus, forHead: boolean, t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (forHead) {
    for (const c of s.campaigns.filter((c) => c.state !== "submitted" && !c.overdue)) keyboard.text(`📝 ${truncate(c.title, 40)}`, encodeCallback("form", c.campaignId, s.schoolId)).row();
    for (const task of s.tasks.filter((x) => !x.done).slice(0, 8)) keyboard.text(`✅ ${truncate(task.title, 40)}`, taskCallback("assignment", task.assignmentId)).row();
    return keyboard;
  }
  return keyboard.text(t("status-back"), statusCallback("home"));
}

export function campaignPageText(p: StatusItemPage<{ shortName: string; draft: boolean }>, t: Translate): string {
  const header = t("status-campaign-title", { title: name(p.title), deadline: p.deadline ? when(p.deadline, p.timeZone) : "—", total: p.total });
  if (p.total === 0) return [header, t("status-item-none")].join("\n");
  const from = p.page * STATUS_PAGE_SIZE + 1;
  return fit([header, t("status-page", { from, to: from + p.rows.length - 1, total: p.total }), ...p.rows.map((r, i) => `${from + i}. ${name(r.shortName, NAME)}${r.draft ? ` — ${t("status-draft")}` : ""}`)]);
}

export function taskPageText(p: StatusItemPage<{ name: string }>, t: Translate): string {
  const header = t("status-task-title", { title: name(p.title), deadline: p.deadline ? when(p.deadline, p.timeZone) : "—", total: p.total });
  if (p.total === 0) return [header, t("status-item-none")].join("\n");
  const from = p.page * STATUS_PAGE_SIZE + 1;
  return fit([header, t("status-page", { from, to: from + p.rows.length - 1, total: p.total }), ...p.rows.map((r, i) => `${from + i}. ${name(r.name, NAME)}`)]);
}

export function itemKeyboard(p: StatusItemPage<{ schoolId: number | null }>, action: "campaign" | "task", t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  p.rows.forEach((r, i) => {
    if (r.schoolId !== null) keyboard.text(`🏫 ${i + 1 + p.page * STATUS_PAGE_SIZE}`, statusCallback("school", r.schoolId));
    if (i % 5 === 4) keyboard.row();
  });
  keyboard.row();
  pager(keyboard, p.page, p.pageCount, (page) => statusCallback(action, p.id, page));
  return keyboard.text(t("status-back"), statusCallback("home"));
}

/** The last guard: lines beyond the limit are dropped with an ellipsis rather than the message refused. */
export function fit(lines: string[], limit = MESSAGE_LIMIT - 16): string {
  let text = "";
  for (const line of lines) {
    if (text.length + line.length + 1 > limit) return `${text}\n…`;
    text += (text ? "\n" : "") + line;
  }
  return text;
}
