// A head reports a completion: teachers (one or several, or a new one), the course (typed words, or a new
// course marked as added by the school), the date, an optional certificate number, a summary to confirm.
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { createCourse } from "../../../domain/courses/create-course.js";
import { findCourses } from "../../../domain/courses/list-courses.js";
import { formatIsoDate, parseCompletionDate } from "../../../domain/courses/parse-completion-date.js";
import { FORMATS, PROVIDER_LABEL, PROVIDERS } from "../../../domain/courses/providers.js";
import { reportCompletions } from "../../../domain/courses/report-completions.js";
import { addTeacher } from "../../../domain/teachers/add-teacher.js";
import { listTeachers } from "../../../domain/teachers/list-teachers.js";
import type { BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { createAsk, type Ask, type CoursesConversation } from "./ask.js";

export const COURSE_REPORT_CONVERSATION = "course-report";

export interface CourseReportArgs {
  actor: Actor;
  schoolId: number;
}

type Item = { id: number; label: string };
/** Teacher buttons a page (two a row): with paging, «Дальше» and «Отмена» far under Telegram's 100. */
export const TEACHER_PAGE = 40;

export function createCourseReportConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function courseReport(conversation: CoursesConversation, ctx: Context, args: CourseReportArgs): Promise<void> {
    const { actor, schoolId } = args;
    const t = translate(actor.language);
    const ask = createAsk(conversation, ctx, t);
    const run = <T>(fn: () => Promise<T>) => conversation.external(() => attempt(fn));
    const failed = async (r: { code: string; params: Record<string, string | number> }) => void (await ctx.reply(t(`error-${r.code}`, r.params)));

    const loaded = await run(async () => (await listTeachers(deps.domain, actor, { schoolId })).map((x) => ({ id: x.id, label: x.fullName })));
    if (!loaded.ok) return failed(loaded);
    const teachers = await chooseTeachers(ask, t, loaded.value, (fullName) => run(() => addTeacher(deps.domain, actor, { schoolId, fullName })));
    const course = await chooseCourse(ask, t, (query) => run(() => findCourses(deps.domain, actor, { municipalityId: actor.municipalityId, query })), (c) =>
      run(() => createCourse(deps.domain, actor, { ...c, municipalityId: actor.municipalityId, schoolId })),
    );

    let completedOn = "";
    while (!completedOn) {
      const answer = await ask(t("course-report-date"));
      const parsed = answer.kind === "text" ? parseCompletionDate(answer.text) : undefined;
      if (parsed?.ok) completedOn = parsed.iso;
      else if (parsed?.reason === "no-such-date") await ctx.reply(t("course-date-no-such", { value: escapeHtml(answer.kind === "text" ? answer.text : "") }));
      else await ctx.reply(t("course-date-invalid"));
    }

    const cert = await ask(t("course-report-certificate"), new InlineKeyboard().text(t("course-skip"), "course:skip"));
    const certificateNo = cert.kind === "text" ? truncate(cert.text, 100) : null;

    const summary = t("course-report-summary", {
      teachers: teachers.map((x) => `• ${escapeHtml(x.label)}`).join("\n"),
      course: escapeHtml(course.label),
      date: formatIsoDate(completedOn),
      certificate: certificateNo ? escapeHtml(certificateNo) : "—",
    });
    const confirm = await ask(summary, new InlineKeyboard().text(t("course-save"), "course:save"));
    if (confirm.kind !== "button" || confirm.data !== "course:save") return void (await ctx.reply(t("course-cancelled")));

    const saved = await run(() =>
      reportCompletions(deps.domain, actor, { schoolId, teacherIds: teachers.map((x) => x.id), courseId: course.id, completedOn, certificateNo }),
    );
    if (!saved.ok) return failed(saved);
    const lines = [t("course-report-saved", { count: saved.value.created.length })];
    if (saved.value.duplicates.length > 0) {
      lines.push(t("course-report-duplicates", { names: saved.value.duplicates.map((d) => escapeHtml(d.fullName)).join(", ") }));
    }
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
  };
}

async function chooseTeachers(
  ask: Ask,
  t: Translate,
  all: Item[],
  add: (fullName: string) => Promise<{ ok: true; value: { id: number; fullName: string } } | { ok: false; code: string }>,
): Promise<Item[]> {
  const list = [...all];
  const chosen = new Set<number>();
  let note = "";
  let page = 0;
  for (;;) {
    const pages = Math.max(1, Math.ceil(list.length / TEACHER_PAGE));
    page = Math.min(page, pages - 1);
    const keyboard = teacherKeyboard(t, list, chosen, page, pages);
    const lines = [note, list.length ? t("course-report-teachers") : t("course-report-no-teachers")];
    if (pages > 1) lines.push(t("course-page", { page: page + 1, pages }));
    const text = lines.filter(Boolean).join("\n\n");
    note = "";
    const answer = await ask(text, keyboard);
    if (answer.kind === "button" && answer.data.startsWith("course:teacher-page:")) {
      page = Number(answer.data.split(":")[2]) || 0;
      continue;
    }
    if (answer.kind === "button" && answer.data === "course:teachers-chosen") return list.filter((x) => chosen.has(x.id));
    if (answer.kind === "button") {
      const id = Number(answer.data.split(":")[2]);
      // Only teachers of the list just shown: forged data for another school's teacher changes nothing.
      if (!list.some((x) => x.id === id)) note = t("error-forbidden");
      else if (chosen.has(id)) chosen.delete(id);
      else chosen.add(id);
      continue;
    }
    if (answer.kind !== "text") continue;
    // A typed name: pick that teacher if on the list, otherwise add them.
    const typed = answer.text.toLowerCase().replace(/ё/g, "е");
    const match = list.filter((x) => x.label.toLowerCase().replace(/ё/g, "е").includes(typed));
    if (match.length === 1) {
      chosen.add(match[0]!.id);
      continue;
    }
    const added = await add(answer.text);
    if (!added.ok) note = t(added.code === "conflict" ? "course-teacher-exists" : "course-teacher-name-invalid");
    else {
      list.push({ id: added.value.id, label: added.value.fullName });
      chosen.add(added.value.id);
      note = t("course-teacher-added", { name: escapeHtml(added.value.fullName) });
    }
  }
}

function teacherKeyboard(t: Translate, list: Item[], chosen: Set<number>, page: number, pages: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  list.slice(page * TEACHER_PAGE, (page + 1) * TEACHER_PAGE).forEach((x, i) => {
    keyboard.text(`${chosen.has(x.id) ? "✅ " : ""}${truncate(x.label, 40)}`, `course:teacher:${x.id}`);
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row();
  if (page > 0) keyboard.text(t("course-page-previous"), `course:teacher-page:${page - 1}`);
  if (page < pages - 1) keyboard.text(t("course-page-next"), `course:teacher-page:${page + 1}`);
  keyboard.row();
  if (chosen.size > 0) keyboard.text(t("course-report-teachers-done", { count: chosen.size }), "course:teachers-chosen");
  return keyboard;
}

type Found = { ok: true; value: { found: { id: number; title: string }[]; closest: { id: number; title: string } | null } } | { ok: false; code: string };
export type NewCourse = { title: string; provider: string; format: string; hours: number };

async function chooseCourse(ask: Ask, t: Translate, find: (query: string) => Promise<Found>, create: CreateCourse): Promise<Item> {
  let prompt = t("course-report-course");
  let lastQuery = "";
  let shown: { id: number; title: string }[] = [];
  for (;;) {
    const keyboard = new InlineKeyboard();
    shown.forEach((c) => keyboard.text(truncate(c.title, 60), `course:pick:${c.id}`).row());
    if (lastQuery) keyboard.text(t("course-add-new"), "course:new-course");
    const answer = await ask(prompt, keyboard);
    if (answer.kind === "button" && answer.data === "course:new-course") {
      const created = await addCourse(ask, t, lastQuery, create);
      if (created) return created;
      prompt = t("course-report-course");
      continue;
    }
    if (answer.kind === "button" && answer.data.startsWith("course:pick:")) {
      const picked = shown.find((c) => c.id === Number(answer.data.split(":")[2]));
      if (picked) return { id: picked.id, label: picked.title };
      continue;
    }
    if (answer.kind !== "text") continue;
    lastQuery = answer.text;
    const result = await find(answer.text);
    if (!result.ok) continue;
    const { found, closest } = result.value;
    shown = found.length ? found : closest ? [closest] : [];
    prompt = found.length
      ? t("course-report-course-pick")
      : closest
        ? t("course-report-course-similar", { title: escapeHtml(closest.title) })
        : t("course-report-course-none");
  }
}

export type CreateCourse = (course: NewCourse) => Promise<{ ok: true; value: { id: number; title: string } } | { ok: false; code: string }>;

export async function addCourse(ask: Ask, t: Translate, typed: string, create: CreateCourse): Promise<Item | undefined> {
  let title = typed;
  const titleAnswer = await ask(t("course-new-title", { typed: escapeHtml(typed) }), new InlineKeyboard().text(t("course-new-title-keep"), "course:keep-title"));
  if (titleAnswer.kind === "text") title = titleAnswer.text;
  const providers = new InlineKeyboard();
  PROVIDERS.forEach((p, i) => {
    providers.text(PROVIDER_LABEL[p], `course:provider:${p}`);
    if (i % 2 === 1) providers.row();
  });
  const provider = await pick(ask, t("course-new-provider"), providers, "course:provider:");
  const formats = new InlineKeyboard();
  FORMATS.forEach((f) => formats.text(t(`course-summary-format-${f}`), `course:format:${f}`));
  const format = await pick(ask, t("course-new-format"), formats, "course:format:");
  let hours = 0;
  let prompt = t("course-new-hours");
  while (!hours) {
    const a = await ask(prompt);
    const n = a.kind === "text" ? Number(a.text.replace(/[^\d]+$/, "").trim()) : NaN;
    if (Number.isInteger(n) && n > 0 && n <= 2000) hours = n;
    else prompt = t("course-new-hours-invalid");
  }
  const created = await create({ title, provider, format, hours });
  return created.ok ? { id: created.value.id, label: created.value.title } : undefined;
}

async function pick(ask: Ask, prompt: string, keyboard: InlineKeyboard, prefix: string): Promise<string> {
  for (;;) {
    const a = await ask(prompt, keyboard);
    if (a.kind === "button" && a.data.startsWith(prefix)) return a.data.slice(prefix.length);
  }
}
