// The head's «Курсы» screen, the school's teachers, and the methodologist's catalogue.
import { InlineKeyboard, InputFile } from "grammy";
import { completionTemplate } from "../../../domain/courses/import/completion-template.js";
import { listCourses } from "../../../domain/courses/list-courses.js";
import { closestCourse, searchCourses } from "../../../domain/courses/course-search.js";
import { DomainError } from "../../../domain/errors.js";
import { listTeachers } from "../../../domain/teachers/list-teachers.js";
import type { BotContext } from "../../context.js";
import { encodeCallback } from "../../keyboards/callback-data.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { showSummary } from "./summary-views.js";

export function ownSchool(ctx: BotContext): number {
  const schoolId = ctx.actor?.schoolId;
  if (!schoolId) throw new DomainError("forbidden");
  return schoolId;
}

export async function showCoursesMenu(ctx: BotContext): Promise<void> {
  const actor = ctx.actor!;
  if (actor.role === "OFFICIAL") return showSummary(ctx);
  if (actor.role !== "HEAD") return showCatalogue(ctx);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("course-menu-report"), "course:report")
    .row()
    .text(ctx.t("course-menu-import"), "course:upload")
    .text(ctx.t("course-menu-template"), "course:template")
    .row()
    .text(ctx.t("course-menu-teachers"), "course:teachers")
    .text(ctx.t("course-menu-summary"), "course:summary");
  await ctx.reply(ctx.t("course-menu-title"), { reply_markup: keyboard });
}

export async function sendTemplate(ctx: BotContext): Promise<void> {
  const file = await completionTemplate(ctx.deps.domain, ctx.actor!, { schoolId: ownSchool(ctx) });
  await ctx.replyWithDocument(new InputFile(file.content, file.filename), { caption: ctx.t("course-template-caption") });
}

const MAX_LISTED = 100;

export async function showTeachers(ctx: BotContext): Promise<void> {
  const teachers = await listTeachers(ctx.deps.domain, ctx.actor!, { schoolId: ownSchool(ctx) });
  const lines = [ctx.t("course-teachers-title", { count: teachers.length })];
  teachers.slice(0, MAX_LISTED).forEach((x, i) => lines.push(`${i + 1}. ${escapeHtml(x.fullName)} — ${escapeHtml(x.position)}`));
  if (teachers.length > MAX_LISTED) lines.push("…");
  const keyboard = new InlineKeyboard()
    .text(ctx.t("course-teachers-add"), "course:teacher-add")
    .text(ctx.t("course-teachers-import"), "course:teacher-import")
    .row();
  if (teachers.length) keyboard.text(ctx.t("course-teachers-archive"), "course:teacher-archive");
  await ctx.reply(lines.join("\n").slice(0, 4000), { parse_mode: "HTML", reply_markup: keyboard });
}

/** Teachers a page of the archive chooser and courses a page of the merge review: within Telegram's limits. */
export const ARCHIVE_PAGE = 40;
export const REVIEW_PAGE = 5;

/** Pager buttons «◀ ▶» for page `page` of `pages`, with data `course:<action>:<n>`. */
function pager(ctx: BotContext, keyboard: InlineKeyboard, action: string, page: number, pages: number): InlineKeyboard {
  keyboard.row();
  if (page > 0) keyboard.text(ctx.t("course-page-previous"), encodeCallback("course", action, page - 1));
  if (page < pages - 1) keyboard.text(ctx.t("course-page-next"), encodeCallback("course", action, page + 1));
  return keyboard;
}

export async function chooseTeacherToArchive(ctx: BotContext, requested = 0): Promise<void> {
  const teachers = await listTeachers(ctx.deps.domain, ctx.actor!, { schoolId: ownSchool(ctx) });
  const pages = Math.max(1, Math.ceil(teachers.length / ARCHIVE_PAGE));
  const page = Math.min(requested, pages - 1);
  const keyboard = new InlineKeyboard();
  teachers.slice(page * ARCHIVE_PAGE, (page + 1) * ARCHIVE_PAGE).forEach((x, i) => {
    keyboard.text(truncate(x.fullName, 40), encodeCallback("course", "archive-teacher", x.id));
    if (i % 2 === 1) keyboard.row();
  });
  const text = [ctx.t("course-teachers-archive-pick"), pages > 1 ? ctx.t("course-page", { page: page + 1, pages }) : ""].filter(Boolean).join("\n");
  await ctx.reply(text, { reply_markup: pager(ctx, keyboard, "archive-page", page, pages) });
}

export async function showCatalogue(ctx: BotContext): Promise<void> {
  const actor = ctx.actor!;
  const courses = await listCourses(ctx.deps.domain, actor, { municipalityId: actor.municipalityId });
  const added = courses.filter((c) => c.addedBySchoolId !== null);
  const keyboard = new InlineKeyboard();
  if (actor.role === "METHODOLOGIST" || actor.role === "ADMIN") {
    keyboard.text(ctx.t("course-catalogue-add"), "course:catalogue-add").text(ctx.t("course-catalogue-edit"), "course:catalogue-edit");
    keyboard.row();
    if (added.length) keyboard.text(ctx.t("course-catalogue-review", { count: added.length }), "course:review");
    keyboard.row();
  }
  keyboard.text(ctx.t("course-menu-summary"), "course:summary");
  await ctx.reply(ctx.t("course-catalogue-title", { count: courses.length, added: added.length }), { reply_markup: keyboard });
}

/** Courses heads added, each with the catalogue courses it most resembles to merge into. */
export async function reviewAddedCourses(ctx: BotContext, requested = 0): Promise<void> {
  const actor = ctx.actor!;
  const courses = await listCourses(ctx.deps.domain, actor, { municipalityId: actor.municipalityId });
  const own = courses.filter((c) => c.addedBySchoolId === null);
  const all = courses.filter((c) => c.addedBySchoolId !== null);
  if (all.length === 0) return void (await ctx.reply(ctx.t("course-catalogue-nothing-to-review")));
  // A few courses a press, each its own message with at most three merge buttons; then the pager.
  const pages = Math.ceil(all.length / REVIEW_PAGE);
  const page = Math.min(requested, pages - 1);
  const added = all.slice(page * REVIEW_PAGE, (page + 1) * REVIEW_PAGE);
  for (const course of added) {
    const found = searchCourses(own, course.title, 3);
    const closest = found.length ? undefined : closestCourse(own, course.title);
    const similar = closest ? [closest] : found;
    const keyboard = new InlineKeyboard();
    similar.forEach((s) => keyboard.text(`→ ${truncate(s.title, 50)}`, encodeCallback("course", "merge", course.id, s.id)).row());
    const text = ctx.t("course-catalogue-added-item", { title: escapeHtml(course.title), provider: escapeHtml(course.providerLabel), hours: course.hours });
    await ctx.reply(similar.length ? text : `${text}\n${ctx.t("course-catalogue-no-similar")}`, { parse_mode: "HTML", reply_markup: keyboard });
  }
  if (pages > 1) {
    const shown = { from: page * REVIEW_PAGE + 1, to: page * REVIEW_PAGE + added.length, total: all.length };
    await ctx.reply(ctx.t("course-catalogue-review-page", shown), { reply_markup: pager(ctx, new InlineKeyboard(), "review-page", page, pages) });
  }
}
