// A head sends a file of completions (or of teachers). The preview names every bad row; the head fixes the
// file and sends it again in the same conversation; rows go in only after "Загрузить".
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { confirmCompletionImport } from "../../../domain/courses/import/confirm-completion-import.js";
import { previewCompletionImport, type ImportPreview } from "../../../domain/courses/import/preview-completion-import.js";
import { MAX_FILE_BYTES } from "../../../domain/courses/import/read-sheet.js";
import { importTeachers } from "../../../domain/teachers/import-teachers.js";
import type { BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { createAsk, type CoursesConversation } from "./ask.js";
import { renderPreview } from "./render-preview.js";

export const COURSE_IMPORT_CONVERSATION = "course-import";

export interface CourseImportArgs {
  actor: Actor;
  schoolId: number;
  what: "completions" | "teachers";
}

export function createCourseImportConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function courseImport(conversation: CoursesConversation, ctx: Context, args: CourseImportArgs): Promise<void> {
    const { actor, schoolId, what } = args;
    const t = translate(actor.language);
    const ask = createAsk(conversation, ctx, t);
    let prompt = t(what === "teachers" ? "course-teachers-import-prompt" : "course-import-prompt");
    for (;;) {
      const answer = await ask(prompt);
      if (answer.kind !== "file") {
        prompt = t("course-import-send-file");
        continue;
      }
      if (answer.size !== undefined && answer.size > MAX_FILE_BYTES) {
        prompt = t("course-import-problem-too-large");
        continue;
      }
      const file = await ctx.api.getFile(answer.fileId);
      const url = `${deps.config.botApiRoot}/file/bot${deps.config.botToken}/${file.file_path}`;
      const name = answer.fileName;
      if (what === "teachers") {
        const result = await conversation.external(() => attempt(async () => importTeachers(deps.domain, actor, { schoolId, fileName: name, bytes: await download(url) })));
        if (!result.ok) return void (await ctx.reply(t(`error-${result.code}`, result.params)));
        const r = result.value;
        if (r.fileProblem) prompt = t(`course-import-problem-${r.fileProblem}`, { columns: "ФИО" });
        else if (r.errors.length) prompt = [t("course-teachers-import-errors"), ...r.errors.slice(0, 30).map((e) => t("course-import-line", { line: e.line, reason: e.message }))].join("\n");
        else return void (await ctx.reply(t("course-teachers-imported", { created: r.created, unchanged: r.unchanged })));
        continue;
      }
      const preview = await conversation.external(() => attempt(async () => previewCompletionImport(deps.domain, actor, { schoolId, fileName: name, bytes: await download(url) })));
      if (!preview.ok) return void (await ctx.reply(t(`error-${preview.code}`, preview.params)));
      const p: ImportPreview = preview.value;
      if (p.importId === null) {
        // Nothing to confirm: a problem with the file or its rows (or every row already recorded).
        if (!p.fileProblem && p.errors.length === 0) return void (await ctx.reply(t("course-import-nothing-new", { already: p.alreadyRecorded })));
        prompt = renderPreview(p, t);
        continue;
      }
      const confirm = await ask(renderPreview(p, t), new InlineKeyboard().text(t("course-import-confirm", { count: p.ready }), `course:import:${p.importId}`));
      if (confirm.kind !== "button") return void (await ctx.reply(t("course-import-not-confirmed")));
      const done = await conversation.external(() => attempt(() => confirmCompletionImport(deps.domain, actor, { importId: p.importId! })));
      if (!done.ok) return void (await ctx.reply(t(`error-${done.code}`, done.params)));
      return void (await ctx.reply(t("course-import-done", { created: done.value.created, skipped: done.value.skipped })));
    }
  };
}

/** The file's bytes from the Bot API's file URL; a file that cannot be fetched reads as broken, not a crash. */
async function download(url: string): Promise<Uint8Array> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) return new Uint8Array();
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    return new Uint8Array();
  }
}
