// The head's form: one indicator a step, with help, progress and last period's value; skip, back and cancel
// at every step; each answer saved in the database at once, so stopping, switching devices or a bot restart
// loses nothing. Then a review screen built from the database (paged when answers are long), and submit,
// which sends exactly what was reviewed. The builder below reads as the dialogue's outline; each step is a
// named function over one FormSession.
import type { Conversation } from "@grammyjs/conversations";
import type { Context, InlineKeyboard } from "grammy";
import type { Actor } from "../../domain/actor.js";
import { getForm, type FormView } from "../../domain/campaigns/get-form.js";
import { saveAnswer, type SaveAnswerResult } from "../../domain/campaigns/save-answer.js";
import { skipAnswer } from "../../domain/campaigns/skip-answer.js";
import { submitSubmission } from "../../domain/campaigns/submit-submission.js";
import type { BotContext, BotDeps } from "../context.js";
import type { Language, Translate } from "../i18n.js";
import { escapeHtml } from "../render/escape-html.js";
import { attempt, type Attempt } from "./external-result.js";
import { clearFormMarker, saveFormMarker } from "../../db/form-marker-store.js";
import { CB, closedText, confirmKeyboard, confirmText, deadlineText, questionKeyboard, questionText, receiptMessages, reviewKeyboard, reviewPages, withAnswer } from "./form-screens.js";
import { waitForInput, type Input } from "./wait-for-input.js";

export const CAMPAIGN_FORM_CONVERSATION = "campaign-form";

export interface CampaignFormArgs {
  actor: Actor;
  campaignId: number;
  schoolId: number;
  /** Jump straight to one indicator (0-based), e.g. "change answer 3" from the list. */
  startAt?: number;
  /** The form was cut off (flood wait, outage): this line the head typed is the answer to startAt. */
  typedAhead?: string;
}

type FormConversation = Conversation<BotContext, Context>;
type Step = "next" | "end";

/** Everything one run of the form works on; steps read and change it. */
interface FormSession {
  conversation: FormConversation;
  ctx: Context;
  deps: BotDeps;
  t: Translate;
  actor: Actor;
  ids: { campaignId: number; schoolId: number };
  form: FormView;
  index: number;
  backToReview: boolean;
  reviewPage: number;
  /** The message whose buttons are live. */
  promptId: number;
  /** A value typed instead of pressing a button: the answer to the current question. */
  typedAhead: string | undefined;
  /** Why the last reply was refused (or what happened): shown at the top of the next screen. */
  notice: string | undefined;
  /** The head's message that gave the last saved answer, and to which question: an edit of it is taken. */
  lastAnswer: { messageId: number; index: number } | undefined;
}

export function createCampaignFormConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function campaignForm(conversation: FormConversation, ctx: Context, args: CampaignFormArgs): Promise<void> {
    const s = await openForm(conversation, ctx, deps, translate(args.actor.language), args);
    if (!s) return;
    for (let step: Step = "next"; step === "next"; ) {
      await rememberPlace(s);
      step = s.index >= s.form.items.length ? await reviewStep(s) : await questionStep(s);
    }
    await forgetPlace(s);
  };
}

async function openForm(conversation: FormConversation, ctx: Context, deps: BotDeps, t: Translate, args: CampaignFormArgs): Promise<FormSession | undefined> {
  const { actor, campaignId, schoolId } = args;
  const loaded = await conversation.external(() => attempt(() => getForm(deps.domain, actor, { campaignId, schoolId })));
  if (!loaded.ok) return void (await ctx.reply(t(`error-${loaded.code}`, loaded.params)));
  const form = loaded.value;
  if (!form.canEdit) return void (await ctx.reply(closedText(t, form), { parse_mode: "HTML" }));
  const total = form.items.length;
  return {
    conversation, ctx, deps, t, actor, form,
    ids: { campaignId, schoolId },
    index: Math.min(args.startAt ?? form.firstUnanswered ?? total, total),
    backToReview: args.startAt !== undefined && args.typedAhead === undefined,
    reviewPage: 0,
    promptId: 0,
    typedAhead: args.typedAhead,
    notice: undefined,
    lastAnswer: undefined,
  };
}

const external = <T>(s: FormSession, run: () => Promise<T>): Promise<Attempt<T>> => s.conversation.external(() => attempt(run));

async function rememberPlace(s: FormSession): Promise<void> {
  const marker = { ...s.ids, index: s.index, at: 0 };
  await s.conversation.external(async () => saveFormMarker(s.deps.domain.db, s.actor.personId, { ...marker, at: s.deps.domain.now().getTime() }));
}

async function forgetPlace(s: FormSession): Promise<void> {
  await s.conversation.external(() => clearFormMarker(s.deps.domain.db, s.actor.personId));
}

/** Sends a screen (the pending notice on top) and waits for the head's reply to it. */
async function show(s: FormSession, text: string, keyboard: InlineKeyboard): Promise<Input> {
  const shown = s.notice ? `⚠️ ${escapeHtml(s.notice)}\n\n${text}` : text;
  s.notice = undefined;
  s.promptId = (await s.ctx.reply(shown, { parse_mode: "HTML", reply_markup: keyboard })).message_id;
  return waitForInput(s.conversation, { messageId: s.promptId, prefix: "form:", ownerId: s.ctx.from?.id, edits: true }, s.t);
}

/** A command leaves the form (what is saved stays saved) and runs; `unsaved` names an answer that was not kept. */
async function leaveForCommand(s: FormSession, unsaved?: string): Promise<never> {
  await s.ctx.reply(unsaved === undefined ? s.t("form-paused") : s.t("form-paused-unsaved", { value: unsaved }));
  await forgetPlace(s);
  return s.conversation.halt({ next: true });
}

async function questionStep(s: FormSession): Promise<Step> {
  const item = s.form.items[s.index]!;
  let reply: Input;
  if (s.typedAhead !== undefined) {
    reply = { kind: "text", text: s.typedAhead };
    s.typedAhead = undefined;
  } else {
    reply = await show(s, questionText(s.t, s.actor.language, s.form, s.index), questionKeyboard(s.t, item, s.index));
  }
  if (reply.kind === "command") return leaveForCommand(s);
  if (reply.kind === "edited") return takeEdit(s, reply);
  if (reply.kind === "other") {
    s.notice = s.t("form-text-expected"); // a photo or a sticker: the same question again, saying why
    return "next";
  }
  if (reply.kind === "text") return answerStep(s, reply.text, reply.messageId);
  if (reply.data === CB.cancel) return endForLater(s);
  if (reply.data === CB.back) {
    s.index = Math.max(0, s.index - 1);
    return "next";
  }
  if (reply.data === CB.skip) return skipStep(s);
  if (reply.data === CB.yes || reply.data === CB.no) return answerStep(s, reply.data === CB.yes ? "да" : "нет");
  if (reply.data === CB.records && item.fromRecords !== null) return recordsStep(s, item.fromRecords);
  return "next";
}

async function endForLater(s: FormSession): Promise<Step> {
  await s.ctx.reply(s.t("form-saved-for-later", { deadline: deadlineText(s.form) }));
  return "end";
}

async function skipStep(s: FormSession): Promise<Step> {
  const item = s.form.items[s.index]!;
  const skipped = await external(s, () => skipAnswer(s.deps.domain, s.actor, { ...s.ids, indicatorId: item.indicator.id }));
  if (!skipped.ok) return failed(s, skipped);
  if (skipped.value.status === "skipped") s.form = withAnswer(s.form, s.index, null, true);
  s.index = s.backToReview ? s.form.items.length : s.index + 1;
  return "next";
}

async function failed(s: FormSession, result: Extract<Attempt<unknown>, { ok: false }>): Promise<Step> {
  await s.ctx.reply(s.t(`error-${result.code}`, result.params));
  return "end";
}

/** The head typed (or pressed) an answer to the current question. */
async function answerStep(s: FormSession, raw: string, messageId?: number): Promise<Step> {
  const item = s.form.items[s.index]!;
  let saved = await external(s, () => saveAnswer(s.deps.domain, s.actor, { ...s.ids, indicatorId: item.indicator.id, raw }));
  if (saved.ok && saved.value.status === "needs-confirmation") {
    const confirmed = await confirmStep(s, saved.value);
    if (confirmed === undefined) return "next"; // ask the same question again (or take the typed value)
    saved = confirmed;
  }
  if (!saved.ok) return failed(s, saved);
  return afterSave(s, saved.value, messageId);
}

/** The head took the course records' figure: saved as is, with no «far from last period?» question (no typo to catch). */
async function recordsStep(s: FormSession, figure: number): Promise<Step> {
  const item = s.form.items[s.index]!;
  const value = { kind: "COUNT", number: figure } as const;
  const saved = await external(s, () => saveAnswer(s.deps.domain, s.actor, { ...s.ids, indicatorId: item.indicator.id, value, confirmed: true }));
  if (!saved.ok) return failed(s, saved);
  return afterSave(s, saved.value, undefined);
}

function afterSave(s: FormSession, result: SaveAnswerResult, messageId: number | undefined): Step {
  if (result.status === "invalid") {
    s.notice = s.t(`answer-error-${result.error.code}`, result.error.params);
    return "next";
  }
  if (result.status === "saved") {
    s.form = withAnswer(s.form, s.index, result.value, false);
    if (messageId !== undefined) s.lastAnswer = { messageId, index: s.index };
    s.index = s.backToReview ? s.form.items.length : s.index + 1;
  }
  return "next";
}

type Pending = Extract<SaveAnswerResult, { status: "needs-confirmation" }>;

/** «Всё верно?» for a value far from last period's. Whatever the head does instead, nothing is lost silently. */
async function confirmStep(s: FormSession, pending: Pending): Promise<Attempt<SaveAnswerResult> | undefined> {
  const item = s.form.items[s.index]!;
  const confirm = confirmText(s.t, s.actor.language, pending);
  const shownValue = confirm.value;
  const answer = await show(s, confirm.text, confirmKeyboard(s.t));
  if (answer.kind === "command") return leaveForCommand(s, shownValue);
  if (answer.kind === "text") s.typedAhead = answer.text;
  if (answer.kind === "edited" || answer.kind === "other") s.notice = s.t("form-confirm-unanswered", { value: shownValue });
  if (answer.kind !== "button" || answer.data !== CB.confirm) return undefined;
  return external(s, () => saveAnswer(s.deps.domain, s.actor, { ...s.ids, indicatorId: item.indicator.id, value: pending.value, confirmed: true }));
}

/** An edited message: the edit of the last answer replaces it; edits of anything else are not read. */
async function takeEdit(s: FormSession, edit: Extract<Input, { kind: "edited" }>): Promise<Step> {
  const target = s.lastAnswer;
  if (!target || target.messageId !== edit.messageId || !edit.text) {
    s.notice = s.t("form-edit-not-read");
    return "next";
  }
  const item = s.form.items[target.index]!;
  const saved = await external(s, () => saveAnswer(s.deps.domain, s.actor, { ...s.ids, indicatorId: item.indicator.id, raw: edit.text }));
  if (!saved.ok) return failed(s, saved);
  if (saved.value.status === "saved") {
    s.form = withAnswer(s.form, target.index, saved.value.value, false);
    s.notice = s.t("form-edit-taken", { n: target.index + 1 });
  } else {
    // Invalid, or far from last period: the head answers that question again, the normal way.
    s.notice = s.t("form-edit-not-taken", { n: target.index + 1 });
  }
  return "next";
}

/** The review, read from the database each time: what another head changed meanwhile shows up here. */
async function reviewStep(s: FormSession): Promise<Step> {
  if (s.typedAhead !== undefined) {
    // Resumed on the review with a typed line: it answers nothing here, and the head is told so.
    s.typedAhead = undefined;
    s.notice = s.t("form-review-use-buttons");
  }
  const loaded = await external(s, () => getForm(s.deps.domain, s.actor, s.ids));
  if (!loaded.ok) return failed(s, loaded);
  s.form = loaded.value;
  const pages = reviewPages(s.t, s.actor.language, s.form);
  s.reviewPage = Math.min(s.reviewPage, pages.length - 1);
  const page = pages[s.reviewPage]!;
  const reply = await show(s, page.text, reviewKeyboard(s.t, s.form, page, s.reviewPage, pages.length));
  if (reply.kind === "command") return leaveForCommand(s);
  if (reply.kind !== "button") {
    s.notice = s.t(reply.kind === "edited" ? "form-edit-not-read" : "form-review-use-buttons");
    return "next";
  }
  const [, action, arg] = reply.data.split(":");
  if (action === "later") return endForLater(s);
  if (action === "page") s.reviewPage = Number(arg) || 0;
  if (action === "edit" && Number.isInteger(Number(arg)) && Number(arg) < s.form.items.length) {
    s.index = Number(arg);
    s.backToReview = true;
  }
  if (action === "submit") return submitStep(s);
  return "next";
}

async function submitStep(s: FormSession): Promise<Step> {
  const reviewed = s.form.fingerprint;
  const submitted = await external(s, () => submitSubmission(s.deps.domain, s.actor, { ...s.ids, reviewed }));
  if (submitted.ok) {
    for (const text of receiptMessages(s.t, submitted.value, deadlineText(s.form))) await s.ctx.reply(text, { parse_mode: "HTML" });
    return "end";
  }
  if (submitted.code === "form-changed") {
    s.notice = s.t("error-form-changed");
    return "next"; // the review again, rebuilt from the database
  }
  if (submitted.code !== "campaign-incomplete") return failed(s, submitted);
  s.notice = s.t(`error-${submitted.code}`, submitted.params);
  const missing = s.form.items.findIndex((item) => item.value === null);
  s.index = missing === -1 ? s.form.items.length : missing;
  s.backToReview = true;
  return "next";
}
