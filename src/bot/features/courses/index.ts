// Course completions in the bot: heads report and import, methodologists keep the catalogue, staff read the
// summary. Callback data: course:<action>[:<id>…]; ids are checked by the domain, so forged data gets "not yours".
import { Composer } from "grammy";
import { mergeCourse } from "../../../domain/courses/merge-course.js";
import { archiveTeacher } from "../../../domain/teachers/archive-teacher.js";
import type { BotContext } from "../../context.js";
import type { BotFeature } from "../feature.js";
import { decodeIds } from "../../keyboards/callback-data.js";
import { escapeHtml } from "../../render/escape-html.js";
import { createCatalogueConversations, COURSE_ADD_CONVERSATION, TEACHER_ADD_CONVERSATION, type Builder } from "./catalogue-conversations.js";
import { COURSE_EDIT_CONVERSATION } from "./edit-course-conversation.js";
import { COURSE_IMPORT_CONVERSATION, createCourseImportConversation, type CourseImportArgs } from "./import-conversation.js";
import { COURSE_REPORT_CONVERSATION, createCourseReportConversation, type CourseReportArgs } from "./report-conversation.js";
import { sendSummaryChart, sendSummaryXlsx, showSummary } from "./summary-views.js";
import { chooseTeacherToArchive, ownSchool, reviewAddedCourses, sendTemplate, showCatalogue, showCoursesMenu, showTeachers } from "./views.js";

const composer = new Composer<BotContext>();

async function enter(ctx: BotContext, id: string, args: unknown): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(id, args);
}

composer.command("courses", showCoursesMenu);

const simple: Record<string, (ctx: BotContext) => Promise<unknown>> = {
  "course:menu": showCoursesMenu,
  "course:report": (ctx) => enter(ctx, COURSE_REPORT_CONVERSATION, { actor: ctx.actor!, schoolId: ownSchool(ctx) } satisfies CourseReportArgs),
  "course:upload": (ctx) => enter(ctx, COURSE_IMPORT_CONVERSATION, { actor: ctx.actor!, schoolId: ownSchool(ctx), what: "completions" } satisfies CourseImportArgs),
  "course:teacher-import": (ctx) => enter(ctx, COURSE_IMPORT_CONVERSATION, { actor: ctx.actor!, schoolId: ownSchool(ctx), what: "teachers" } satisfies CourseImportArgs),
  "course:teacher-add": (ctx) => enter(ctx, TEACHER_ADD_CONVERSATION, { actor: ctx.actor!, schoolId: ownSchool(ctx) }),
  "course:catalogue-add": (ctx) => enter(ctx, COURSE_ADD_CONVERSATION, { actor: ctx.actor! }),
  "course:catalogue-edit": (ctx) => enter(ctx, COURSE_EDIT_CONVERSATION, { actor: ctx.actor! }),
  "course:template": sendTemplate,
  "course:teachers": showTeachers,
  "course:teacher-archive": chooseTeacherToArchive,
  "course:catalogue": showCatalogue,
  "course:review": reviewAddedCourses,
  "course:summary": (ctx) => showSummary(ctx),
};

composer.callbackQuery(/^course:[a-z-]+$/, async (ctx) => {
  const handler = simple[ctx.callbackQuery.data];
  if (!handler) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  await ctx.answerCallbackQuery();
  await handler(ctx);
});

// course:archive-teacher:<teacher> — archive; another school's teacher is refused by the domain ("forbidden").
composer.callbackQuery(/^course:archive-teacher:/, async (ctx) => {
  const ids = decodeIds(ctx.callbackQuery.data.slice("course:".length), "archive-teacher", 1);
  if (!ids) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  const teacher = await archiveTeacher(ctx.deps.domain, ctx.actor!, { teacherId: ids[0]! });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("course-teacher-archived", { name: escapeHtml(teacher.fullName) }), { parse_mode: "HTML" });
});

// course:summary|chart|xlsx:<first year of the school year>
composer.callbackQuery(/^course:(summary|chart|xlsx):\d{4}$/, async (ctx) => {
  const [, action, year] = ctx.callbackQuery.data.split(":") as [string, string, string];
  await ctx.answerCallbackQuery();
  const views = { summary: showSummary, chart: sendSummaryChart, xlsx: sendSummaryXlsx } as const;
  await views[action as keyof typeof views](ctx, Number(year));
});

// course:archive-page|review-page:<page> — the archive chooser's and the merge review's pages.
composer.callbackQuery(/^course:(archive-page|review-page):\d{1,4}$/, async (ctx) => {
  const [, action, page] = ctx.callbackQuery.data.split(":") as [string, string, string];
  await ctx.answerCallbackQuery();
  await (action === "archive-page" ? chooseTeacherToArchive(ctx, Number(page)) : reviewAddedCourses(ctx, Number(page)));
});

// course:merge:<added course>:<catalogue course>
composer.callbackQuery(/^course:merge:/, async (ctx) => {
  const ids = decodeIds(ctx.callbackQuery.data.slice("course:".length), "merge", 2);
  if (!ids) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  const result = await mergeCourse(ctx.deps.domain, ctx.actor!, { courseId: ids[0]!, intoId: ids[1]! });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("course-merged", { moved: result.moved + result.dropped }));
});

export const coursesFeature: BotFeature = {
  name: "courses",
  composer,
  menu: [
    { label: "menu-courses", roles: ["HEAD"], order: 40, run: showCoursesMenu },
    { label: "menu-courses-catalogue", roles: ["METHODOLOGIST", "ADMIN"], order: 40, run: showCatalogue },
    { label: "menu-reports", roles: ["OFFICIAL"], order: 60, run: (ctx) => showSummary(ctx) },
  ],
  commands: [{ command: "courses", roles: ["HEAD", "METHODOLOGIST", "OFFICIAL", "ADMIN"], order: 40 }],
  conversations: [
    { id: COURSE_REPORT_CONVERSATION, build: createCourseReportConversation as Builder },
    { id: COURSE_IMPORT_CONVERSATION, build: createCourseImportConversation as Builder },
    ...createCatalogueConversations(),
  ],
};
