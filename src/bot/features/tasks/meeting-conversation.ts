// An official or methodologist records a meeting: protocol number, date, title; then the decisions — one at a
// time, or the «РЕШИЛИ» block pasted (or the protocol as .docx) and split — then a preview to confirm or fix.
// Nothing is stored before «Сохранить».
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { readProtocol, type DecisionDraft } from "../../../domain/tasks/read-protocol.js";
import { recordMeeting } from "../../../domain/tasks/record-meeting.js";
import type { Directory } from "../../../domain/tasks/responsible.js";
import { getTaskDirectory } from "../../../domain/tasks/task-directory.js";
import { toLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext, BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { M, meetingAsk, type Ask, type Reply } from "./meeting-ask.js";
import { problemsOf, renderPreview, type MeetingHeader } from "./meeting-preview.js";
import { askDeadline, askDecisionText, askResponsible } from "./meeting-steps.js";
import { downloadDocxText, looksLikeDocx, MAX_DOCX_BYTES } from "./read-docx.js";
import { taskCallback } from "./task-callback.js";

export const MEETING_CONVERSATION = "task-meeting";
type MeetingConversation = Conversation<BotContext, Context>;

export function createMeetingConversation(deps: BotDeps, translate: (l: Language) => Translate) {
  return async function meeting(conversation: MeetingConversation, ctx: Context, actor: Actor): Promise<void> {
    const t = translate(actor.language);
    const setup = await conversation.external(() =>
      attempt(async () => {
        const directory = await getTaskDirectory(deps.domain, actor);
        const l = toLocal(deps.domain.now(), directory.timeZone);
        return { ...directory, today: `${l.year}-${pad(l.month)}-${pad(l.day)}` };
      }),
    );
    if (!setup.ok) return void (await ctx.reply(t(`error-${setup.code}`, setup.params)));
    const { today, ...directory } = setup.value;
    const ask = meetingAsk(conversation, ctx, t);

    const header = await askHeader(ask, t, today);
    let drafts = await askDecisions({ conversation, ctx, ask, t, actor, deps }, header, directory);
    for (;;) {
      const keyboard = new InlineKeyboard();
      const ready = drafts.length > 0 && drafts.every((d) => problemsOf(t, d).length === 0);
      if (ready) keyboard.text(t("task-preview-save"), `${M}save`).row();
      drafts.forEach((d, i) => {
        keyboard.text(`✏️ ${d.number}`, `${M}fix:${i}`);
        if (i % 5 === 4) keyboard.row();
      });
      keyboard.row().text(t("task-preview-add"), `${M}add`);
      const reply = await ask(renderPreview(t, header, drafts, directory, today), keyboard);
      if (reply.data === `${M}save` && ready) break;
      if (reply.data === `${M}add`) drafts = [...drafts, await askOneDecision(ask, t, header, directory, nextNumber(drafts))];
      const fix = reply.data?.startsWith(`${M}fix:`) ? drafts[Number(reply.data.slice(M.length + 4))] : undefined;
      if (fix) drafts = await fixDecision(ask, t, header, directory, drafts, fix);
    }

    const saved = await conversation.external(() =>
      attempt(() =>
        recordMeeting(deps.domain, actor, {
          ...header,
          decisions: drafts.map((d) => ({
            number: d.number,
            text: d.text,
            dueOn: d.deadline.kind === "date" ? d.deadline.date : null,
            standing: d.deadline.kind === "standing",
            responsibleText: d.responsibleText,
            assignees: { allSchools: d.assignees.allSchools, schoolIds: d.assignees.schoolIds, personIds: d.assignees.personIds },
          })),
        }),
      ),
    );
    if (!saved.ok) return void (await ctx.reply(t(`error-${saved.code}`, saved.params)));
    await conversation.external(() => deps.wake()); // the heads' «new tasks» notices go now
    await ctx.reply(t("task-meeting-saved", { tasks: saved.value.taskIds.length, assignments: saved.value.assignments }), {
      reply_markup: new InlineKeyboard().text(t("task-button-all"), taskCallback("list", 0)),
    });
  };
}

async function askHeader(ask: Ask, t: Translate, today: string): Promise<MeetingHeader> {
  const numberReply = await ask(t("task-meeting-number"), new InlineKeyboard().text(t("task-meeting-no-number"), `${M}nonumber`));
  const number = numberReply.text ? numberReply.text.replace(/^№\s*/, "").slice(0, 30) : null;
  let heldOn: string | undefined;
  let hint = "";
  while (!heldOn) {
    const reply = await ask(hint + t("task-meeting-date"), new InlineKeyboard().text(t("task-meeting-today"), `${M}today`));
    heldOn = reply.data === `${M}today` ? today : readDate(reply.text ?? "");
    hint = t("task-meeting-date-invalid") + "\n\n";
  }
  let title = "";
  hint = "";
  while (title.length < 3 || title.length > 300) {
    title = (await ask(hint + t("task-meeting-title"))).text ?? "";
    hint = t("task-meeting-title-invalid") + "\n\n";
  }
  return { number, heldOn, title };
}

/** 31.05.2023 (or 31.05.23) → 2023-05-31 */
function readDate(text: string): string | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:\s*г\.?)?$/.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3]!.length === 2 ? `20${m[3]}` : m[3])];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
const nextNumber = (drafts: DecisionDraft[]) => Math.max(0, ...drafts.map((d) => d.number)) + 1;

interface Wizard {
  conversation: MeetingConversation;
  ctx: Context;
  ask: Ask;
  t: Translate;
  actor: Actor;
  deps: BotDeps;
}

async function askDecisions(w: Wizard, header: MeetingHeader, directory: Directory): Promise<DecisionDraft[]> {
  const { ask, t, conversation } = w;
  const keyboard = new InlineKeyboard().text(t("task-meeting-mode-one"), `${M}one`).row().text(t("task-meeting-mode-paste"), `${M}paste`);
  let reply = await ask(t("task-meeting-mode"), keyboard);
  if (reply.data === `${M}one`) {
    const drafts: DecisionDraft[] = [];
    for (;;) {
      drafts.push(await askOneDecision(ask, t, header, directory, drafts.length + 1));
      const more = await ask(t("task-meeting-more", { count: drafts.length }), new InlineKeyboard().text(t("task-meeting-more-yes"), `${M}more`).text(t("task-meeting-more-no"), `${M}enough`));
      if (more.data !== `${M}more`) return drafts;
    }
  }
  // Pasted text or a .docx, right here or after pressing «Вставить текст».
  let hint = "";
  for (;;) {
    if (reply.data !== undefined || (!reply.text && !reply.document)) reply = await ask(hint + t("task-meeting-paste"));
    const text = reply.document ? await documentText(w, reply.document) : { ok: true as const, text: reply.text ?? "" };
    if (text.ok) {
      const read = await conversation.external(() => attempt(() => readProtocol(w.deps.domain, w.actor, { text: text.text, heldOn: header.heldOn })));
      if (read.ok) return read.value;
      hint = t(`error-${read.code}`, read.params) + "\n\n";
    } else hint = t(text.problem) + "\n\n";
    reply = {};
  }
}

async function askOneDecision(ask: Ask, t: Translate, header: MeetingHeader, directory: Directory, number: number): Promise<DecisionDraft> {
  const text = await askDecisionText(ask, t, number);
  const deadline = await askDeadline(ask, t, header.heldOn);
  const responsible = await askResponsible(ask, t, directory);
  return { number, text, deadline, ...responsible };
}

async function fixDecision(ask: Ask, t: Translate, header: MeetingHeader, directory: Directory, drafts: DecisionDraft[], draft: DecisionDraft): Promise<DecisionDraft[]> {
  const keyboard = new InlineKeyboard()
    .text(t("task-fix-deadline"), `${M}f:deadline`)
    .text(t("task-fix-responsible"), `${M}f:resp`)
    .row()
    .text(t("task-fix-text"), `${M}f:text`)
    .text(t("task-fix-delete"), `${M}f:delete`)
    .row()
    .text(t("task-fix-back"), `${M}f:back`);
  const reply = await ask(t("task-fix-what", { number: draft.number }), keyboard);
  let changed: DecisionDraft | undefined;
  if (reply.data === `${M}f:deadline`) changed = { ...draft, deadline: await askDeadline(ask, t, header.heldOn) };
  else if (reply.data === `${M}f:resp`) changed = { ...draft, ...(await askResponsible(ask, t, directory)) };
  else if (reply.data === `${M}f:text`) changed = { ...draft, text: await askDecisionText(ask, t, draft.number) };
  else if (reply.data === `${M}f:delete`) return drafts.filter((d) => d.number !== draft.number);
  return changed ? drafts.map((d) => (d.number === draft.number ? changed : d)) : drafts;
}

type DocumentText = { ok: true; text: string } | { ok: false; problem: string };

/** A .docx's text; anything else (an old .doc, a PDF, a broken file) gets a clear answer and a new chance. */
async function documentText(w: Wizard, doc: NonNullable<Reply["document"]>): Promise<DocumentText> {
  if (!looksLikeDocx(doc.fileName, doc.mimeType)) return { ok: false, problem: "task-meeting-docx-only" };
  if ((doc.size ?? 0) > MAX_DOCX_BYTES) return { ok: false, problem: "task-meeting-docx-too-big" };
  const file = await w.ctx.api.getFile(doc.fileId);
  const url = `${w.deps.config.botApiRoot}/file/bot${w.deps.config.botToken}/${file.file_path}`;
  const text = await w.conversation.external(() => downloadDocxText(url));
  return text === undefined ? { ok: false, problem: "task-meeting-docx-unreadable" } : { ok: true, text };
}
