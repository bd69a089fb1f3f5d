// What the head's form shows: question, «Всё верно?», review pages and the receipt. Every screen fits Telegram
// at any size of data: long answers and titles are shortened by grapheme, the review is paged, the receipt split.
import { InlineKeyboard } from "grammy";
import type { FormItem, FormView } from "../../domain/campaigns/get-form.js";
import type { SaveAnswerResult } from "../../domain/campaigns/save-answer.js";
import type { SubmissionReceipt } from "../../domain/campaigns/submit-submission.js";
import type { AnswerValue } from "../../domain/indicators/answer-value.js";
import { formatAnswer } from "../../domain/indicators/format-answer.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import type { Language, Translate } from "../i18n.js";
import { encodeCallback } from "../keyboards/callback-data.js";
import { escapeHtml } from "../render/escape-html.js";
import { groupLines } from "../render/split-message.js";
import { truncate } from "../render/truncate.js";

// Buttons inside the form: form:<action>[:<n>]; only presses on the form's latest message count.
export const CB = {
  skip: "form:skip",
  back: "form:back",
  cancel: "form:cancel",
  yes: "form:yes",
  no: "form:no",
  confirm: "form:ok",
  fix: "form:fix",
  submit: "form:submit",
  later: "form:later",
  /** Take the figure the school's course records give (records-fed indicators). */
  records: "form:rec",
} as const;

/** Room left for the notice above a screen and for Telegram's own count (4,096). */
const SCREEN_BUDGET = 3_500;
/** A long text answer is shown in full on its own question only; lists show its beginning. */
const ANSWER_IN_LIST = 300;
const ANSWER_ON_QUESTION = 1_200;
const TITLE_MAX = 300;
const HELP_MAX = 600;
/** Edit buttons per review page: with navigation, submit and later, far under Telegram's 100. */
const ITEMS_PER_PAGE = 40;

export function deadlineText(form: FormView): string {
  return formatLocal(new Date(form.reopenedUntil ?? form.campaign.deadline), form.campaign.timeZone);
}

export function closedText(t: Translate, form: FormView): string {
  return form.editable
    ? t("form-read-only", { title: escapeHtml(form.campaign.title) })
    : t("form-closed", { title: escapeHtml(form.campaign.title), deadline: deadlineText(form) });
}

/** The form as it stands after one answer, without reading it back from the database. */
export function withAnswer(form: FormView, index: number, value: AnswerValue | null, skipped: boolean): FormView {
  const items = form.items.map((item, i) => (i === index ? { ...item, value: value ?? item.value, skipped: value ? false : skipped } : item));
  return { ...form, items };
}

const title = (item: FormItem, language: Language) => truncate(language === "en" ? item.indicator.titleEn : item.indicator.titleRu, TITLE_MAX);
const help = (item: FormItem, language: Language) => truncate(language === "en" ? item.indicator.helpEn : item.indicator.helpRu, HELP_MAX);
const shown = (value: AnswerValue, language: Language, max: number) => escapeHtml(truncate(formatAnswer(value, language), max));

export function questionText(t: Translate, language: Language, form: FormView, index: number): string {
  const item = form.items[index]!;
  const lines = [
    t("form-progress", { title: escapeHtml(truncate(form.campaign.title, TITLE_MAX)), n: index + 1, total: form.items.length }),
    `<b>${escapeHtml(title(item, language))}</b>`,
    `<i>${escapeHtml(help(item, language))}</i>`,
  ];
  if (item.previous) lines.push(t("form-previous", { period: item.previous.period, value: shown(item.previous.value, language, ANSWER_ON_QUESTION) }));
  if (item.value) lines.push(t("form-current", { value: shown(item.value, language, ANSWER_ON_QUESTION) }));
  if (item.fromRecords !== null) lines.push(t("course-form-from-records", { value: recordsFigure(item.fromRecords, language) }));
  // A yes/no question's help already says how to answer, and its buttons show it.
  if (item.indicator.kind !== "BOOLEAN") lines.push(t(`form-hint-${item.indicator.kind.toLowerCase()}`));
  return lines.join("\n");
}

export function questionKeyboard(t: Translate, item: FormItem, index: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (item.indicator.kind === "BOOLEAN") keyboard.text(t("form-yes"), CB.yes).text(t("form-no"), CB.no).row();
  // The course records' figure in one press, instead of retyping it.
  if (item.fromRecords !== null) keyboard.text(t("course-form-records-confirm", { value: item.fromRecords }), CB.records).row();
  keyboard.text(t("form-skip"), CB.skip);
  if (index > 0) keyboard.text(t("form-back"), CB.back);
  return keyboard.row().text(t("form-cancel"), CB.cancel);
}

type Pending = Extract<SaveAnswerResult, { status: "needs-confirmation" }>;

/** «Всё верно?» (plain text) and the value it asks about, for saying it was not kept. */
export function confirmText(t: Translate, language: Language, pending: Pending): { text: string; value: string } {
  const value = truncate(formatAnswer(pending.value, language), ANSWER_IN_LIST);
  const text = t("form-confirm-jump", {
    previous: escapeHtml(truncate(formatAnswer(pending.previous.value, language), ANSWER_IN_LIST)),
    period: escapeHtml(pending.previous.period),
    value: escapeHtml(value),
  });
  return { text, value };
}

export function confirmKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("form-confirm-yes"), CB.confirm).text(t("form-confirm-fix"), CB.fix);
}

export interface ReviewPage {
  text: string;
  /** Indexes into form.items shown on this page. */
  items: number[];
}

/** The review in pages that each fit one message and one keyboard. */
export function reviewPages(t: Translate, language: Language, form: FormView): ReviewPage[] {
  const lines = form.items.map((item, i) => {
    const answer = item.value ? shown(item.value, language, ANSWER_IN_LIST) : t(item.skipped ? "form-review-skipped" : "form-review-missing");
    return `${i + 1}. ${escapeHtml(title(item, language))} — <b>${answer}</b>${recordsNote(t, item, language)}`;
  });
  const groups = groupLines(lines, SCREEN_BUDGET, ITEMS_PER_PAGE);
  let first = 0;
  return groups.map((group, page) => {
    const items = group.map((_, k) => first + k);
    first += group.length;
    const header = t("form-review-title", { title: escapeHtml(truncate(form.campaign.title, TITLE_MAX)), school: escapeHtml(form.school.shortName) });
    const paging = groups.length > 1 ? ` ${t("form-review-page", { n: page + 1, total: groups.length })}` : "";
    return { text: [header + paging, ...group, "", t("form-review-deadline", { deadline: deadlineText(form) })].join("\n"), items };
  });
}

const recordsFigure = (n: number, language: Language) => formatAnswer({ kind: "COUNT", number: n }, language);

/** The records' figure beside a typed answer that differs from it: the head sees both before submitting. */
function recordsNote(t: Translate, item: FormItem, language: Language): string {
  if (item.fromRecords === null || item.value?.kind !== "COUNT" || item.value.number === item.fromRecords) return "";
  return ` ${t("course-form-records-differ", { value: recordsFigure(item.fromRecords, language) })}`;
}

export function reviewKeyboard(t: Translate, form: FormView, page: ReviewPage, pageIndex: number, pages: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  page.items.forEach((i, k) => {
    keyboard.text(`✏️ ${i + 1}`, encodeCallback("form", "edit", i));
    if (k % 5 === 4) keyboard.row();
  });
  keyboard.row();
  if (pageIndex > 0) keyboard.text(t("form-review-previous-page"), encodeCallback("form", "page", pageIndex - 1));
  if (pageIndex < pages - 1) keyboard.text(t("form-review-next-page"), encodeCallback("form", "page", pageIndex + 1));
  keyboard.row().text(t(form.status === "submitted" ? "form-resubmit" : "form-submit"), CB.submit).row().text(t("form-later"), CB.later);
  return keyboard;
}

/** The receipt and the values sent, split into as many messages as they need. */
export function receiptMessages(t: Translate, receipt: SubmissionReceipt, deadline: string): string[] {
  const head = t(receipt.resubmitted ? "form-receipt-updated" : "form-receipt", {
    title: escapeHtml(truncate(receipt.campaignTitle, TITLE_MAX)),
    school: escapeHtml(receipt.schoolShortName),
    at: formatLocal(new Date(receipt.submittedAt), receipt.timeZone),
    deadline,
  });
  const values = receipt.answers.map(
    (a, i) => `${i + 1}. ${escapeHtml(truncate(a.title, TITLE_MAX))} — <b>${escapeHtml(truncate(a.formatted, ANSWER_IN_LIST))}</b>`,
  );
  const groups = groupLines([head, "", t("form-receipt-values"), ...values], SCREEN_BUDGET);
  return groups.map((group) => group.join("\n"));
}
