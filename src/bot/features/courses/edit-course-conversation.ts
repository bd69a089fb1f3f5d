// A methodologist corrects a catalogue course: finds it by typed words, sees its card, changes one field at a
// time (title, organisation, hours, format, kind of programme) until «Готово». Each change is saved and audited.
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import type { CourseView } from "../../../domain/courses/course-view.js";
import { editCourse } from "../../../domain/courses/edit-course.js";
import { findCourses } from "../../../domain/courses/list-courses.js";
import { FORMATS, PROVIDER_LABEL, PROVIDERS, TAG_FEDERAL, TAG_PERSONALISED } from "../../../domain/courses/providers.js";
import type { BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { createAsk, type Ask, type CoursesConversation } from "./ask.js";

export const COURSE_EDIT_CONVERSATION = "course-catalogue-edit";

type Field = "title" | "provider" | "hours" | "format" | "tags";
const FIELDS: Field[] = ["title", "provider", "hours", "format", "tags"];
type Change = { title?: string; provider?: string; hours?: number; format?: string; tags?: string[] };

export function createCourseEditConversation(deps: BotDeps, translate: (l: Language) => Translate) {
  return async function courseEdit(conversation: CoursesConversation, ctx: Context, args: { actor: Actor }): Promise<void> {
    const { actor } = args;
    const t = translate(actor.language);
    const ask = createAsk(conversation, ctx, t);
    const run = <T>(fn: () => Promise<T>) => conversation.external(() => attempt(fn));
    let course = await findCourse(ask, t, (query) => run(() => findCourses(deps.domain, actor, { municipalityId: actor.municipalityId, query })));
    let note = "";
    for (;;) {
      const fields = new InlineKeyboard();
      FIELDS.forEach((f, i) => {
        fields.text(t(`course-edit-field-${f}`), `course:field:${f}`);
        if (i % 2 === 1) fields.row();
      });
      fields.row().text(t("course-edit-done"), "course:edit-done");
      const answer = await ask([note, courseCard(t, course), t("course-edit-what")].filter(Boolean).join("\n\n"), fields);
      note = "";
      if (answer.kind !== "button") continue;
      if (answer.data === "course:edit-done") return void (await ctx.reply(t("course-edit-finished")));
      const field = answer.data.slice("course:field:".length) as Field;
      if (!FIELDS.includes(field)) continue;
      const change = await askChange(ask, t, field);
      // The two kinds the summary splits by are chosen here; topic tags stay as they were.
      if (change.tags) change.tags = [...course.tags.filter((x) => x !== TAG_FEDERAL && x !== TAG_PERSONALISED), ...change.tags];
      const saved = await run(() => editCourse(deps.domain, actor, { courseId: course.id, ...change }));
      if (saved.ok) {
        course = saved.value;
        note = t("course-edit-saved");
      } else note = t(saved.code === "conflict" ? "course-edit-conflict" : `error-${saved.code}`, saved.params);
    }
  };
}

type Found = { ok: true; value: { found: CourseView[]; closest: CourseView | null } } | { ok: false; code: string };

async function findCourse(ask: Ask, t: Translate, find: (query: string) => Promise<Found>): Promise<CourseView> {
  let prompt = t("course-edit-find");
  let shown: CourseView[] = [];
  for (;;) {
    const keyboard = new InlineKeyboard();
    shown.forEach((c) => keyboard.text(truncate(c.title, 60), `course:pick:${c.id}`).row());
    const answer = await ask(prompt, keyboard);
    if (answer.kind === "button") {
      const picked = shown.find((c) => `course:pick:${c.id}` === answer.data);
      if (picked) return picked;
      continue;
    }
    if (answer.kind !== "text") continue;
    const result = await find(answer.text);
    if (!result.ok) continue;
    const { found, closest } = result.value;
    shown = found.length ? found : closest ? [closest] : [];
    prompt = shown.length ? t("course-report-course-pick") : t("course-report-course-none");
  }
}

function courseCard(t: Translate, c: CourseView): string {
  const tags = c.tags.filter((x) => x === TAG_FEDERAL || x === TAG_PERSONALISED).map((x) => t(`course-summary-tag-${x}`));
  return t("course-edit-card", {
    title: escapeHtml(c.title),
    provider: escapeHtml(c.providerLabel),
    hours: c.hours,
    format: t(`course-summary-format-${c.format}`),
    tags: tags.length ? tags.join(", ") : t("course-catalogue-no-tags"),
  });
}

async function askChange(ask: Ask, t: Translate, field: Field): Promise<Change> {
  const choose = async (prompt: string, keyboard: InlineKeyboard, prefix: string): Promise<string> => {
    for (;;) {
      const a = await ask(prompt, keyboard);
      if (a.kind === "button" && a.data.startsWith(prefix)) return a.data.slice(prefix.length);
    }
  };
  if (field === "provider") {
    const keyboard = new InlineKeyboard();
    PROVIDERS.forEach((p, i) => (i % 2 === 1 ? keyboard.text(PROVIDER_LABEL[p], `course:provider:${p}`).row() : keyboard.text(PROVIDER_LABEL[p], `course:provider:${p}`)));
    return { provider: await choose(t("course-new-provider"), keyboard, "course:provider:") };
  }
  if (field === "format") {
    const keyboard = new InlineKeyboard();
    FORMATS.forEach((f) => keyboard.text(t(`course-summary-format-${f}`), `course:format:${f}`));
    return { format: await choose(t("course-new-format"), keyboard, "course:format:") };
  }
  if (field === "tags") {
    const keyboard = new InlineKeyboard()
      .text(t("course-summary-tag-federal-priority"), `course:tag:${TAG_FEDERAL}`)
      .row()
      .text(t("course-summary-tag-personalised"), `course:tag:${TAG_PERSONALISED}`)
      .row()
      .text(t("course-catalogue-no-tags"), "course:tag:none");
    const tag = await choose(t("course-catalogue-tags"), keyboard, "course:tag:");
    return { tags: tag === "none" ? [] : [tag] };
  }
  let prompt = t(field === "title" ? "course-catalogue-title-prompt" : "course-new-hours");
  for (;;) {
    const a = await ask(prompt);
    if (a.kind !== "text") continue;
    if (field === "title" && a.text.length >= 3 && a.text.length <= 300) return { title: a.text };
    const n = Number(a.text.replace(/[^\d]+$/, "").trim());
    if (field === "hours" && Number.isInteger(n) && n > 0 && n <= 2000) return { hours: n };
    prompt = t(field === "title" ? "course-edit-title-invalid" : "course-new-hours-invalid");
  }
}
