// Two short conversations: a head adds a teacher (ФИО, position); a methodologist adds a course to the catalogue.
import type { ConversationBuilder } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { createCourse } from "../../../domain/courses/create-course.js";
import { TAG_FEDERAL, TAG_PERSONALISED } from "../../../domain/courses/providers.js";
import { addTeacher } from "../../../domain/teachers/add-teacher.js";
import type { BotContext, BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { createAsk, type CoursesConversation } from "./ask.js";
import { COURSE_EDIT_CONVERSATION, createCourseEditConversation } from "./edit-course-conversation.js";
import { addCourse } from "./report-conversation.js";

export const TEACHER_ADD_CONVERSATION = "course-teacher-add";
export const COURSE_ADD_CONVERSATION = "course-catalogue-add";

export type Builder = (deps: BotDeps, t: (l: Language) => Translate) => ConversationBuilder<BotContext, Context>;

export function createCatalogueConversations(): { id: string; build: Builder }[] {
  return [
    { id: TEACHER_ADD_CONVERSATION, build: createTeacherAddConversation as Builder },
    { id: COURSE_ADD_CONVERSATION, build: createCourseAddConversation as Builder },
    { id: COURSE_EDIT_CONVERSATION, build: createCourseEditConversation as Builder },
  ];
}

export function createTeacherAddConversation(deps: BotDeps, translate: (l: Language) => Translate) {
  return async function teacherAdd(conversation: CoursesConversation, ctx: Context, args: { actor: Actor; schoolId: number }): Promise<void> {
    const t = translate(args.actor.language);
    const ask = createAsk(conversation, ctx, t);
    let prompt = t("course-teacher-name");
    for (;;) {
      const name = await ask(prompt);
      if (name.kind !== "text") continue;
      const position = await ask(t("course-teacher-position"), new InlineKeyboard().text(t("course-teacher-position-default"), "course:position-default"));
      const added = await conversation.external(() =>
        attempt(() => addTeacher(deps.domain, args.actor, { schoolId: args.schoolId, fullName: name.text, position: position.kind === "text" ? position.text : undefined })),
      );
      if (added.ok) return void (await ctx.reply(t("course-teacher-added", { name: escapeHtml(added.value.fullName) }), { parse_mode: "HTML" }));
      if (added.code !== "conflict" && added.code !== "invalid-input") return void (await ctx.reply(t(`error-${added.code}`, added.params)));
      prompt = t(added.code === "conflict" ? "course-teacher-exists" : "course-teacher-name-invalid");
    }
  };
}

export function createCourseAddConversation(deps: BotDeps, translate: (l: Language) => Translate) {
  return async function courseAdd(conversation: CoursesConversation, ctx: Context, args: { actor: Actor }): Promise<void> {
    const t = translate(args.actor.language);
    const ask = createAsk(conversation, ctx, t);
    let title = "";
    while (title.length < 3) {
      const a = await ask(t("course-catalogue-title-prompt"));
      if (a.kind === "text") title = a.text;
    }
    const tags = await ask(
      t("course-catalogue-tags"),
      new InlineKeyboard()
        .text(t("course-summary-tag-federal-priority"), `course:tag:${TAG_FEDERAL}`)
        .row()
        .text(t("course-summary-tag-personalised"), `course:tag:${TAG_PERSONALISED}`)
        .row()
        .text(t("course-catalogue-no-tags"), "course:tag:none"),
    );
    const tag = tags.kind === "button" && tags.data !== "course:tag:none" ? [tags.data.slice("course:tag:".length)] : [];
    const created = await addCourse(ask, t, title, (course) =>
      conversation.external(() => attempt(() => createCourse(deps.domain, args.actor, { ...course, tags: tag, municipalityId: args.actor.municipalityId }))),
    );
    await ctx.reply(created ? t("course-catalogue-added", { title: escapeHtml(created.label) }) : t("error-invalid-input"), { parse_mode: "HTML" });
  };
}
