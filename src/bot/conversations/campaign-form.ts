// The head's form: one indicator a step, with help, progress and last period's value; skip, back and cancel
// at every step; each answer saved in the database at once, so stopping, switching devices or a bot restart
// loses nothing. Then a review screen with a button per answer, and submit.
import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import { InlineKeyboard } from "grammy";
import type { Actor } from "../../domain/actor.js";
import { getForm, type FormItem, type FormView } from "../../domain/campaigns/get-form.js";
import { saveAnswer } from "../../domain/campaigns/save-answer.js";
import { skipAnswer } from "../../domain/campaigns/skip-answer.js";
import { submitSubmission } from "../../domain/campaigns/submit-submission.js";
import type { AnswerValue } from "../../domain/indicators/answer-value.js";
import { formatAnswer } from "../../domain/indicators/format-answer.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import type { BotContext, BotDeps } from "../context.js";
import type { Language, Translate } from "../i18n.js";
import { escapeHtml } from "../render/escape-html.js";
import { attempt } from "./external-result.js";
import { waitForInput, type Input } from "./wait-for-input.js";

export const CAMPAIGN_FORM_CONVERSATION = "campaign-form";

export interface CampaignFormArgs {
  actor: Actor;
  campaignId: number;
  schoolId: number;
  /** Jump straight to one indicator (0-based), e.g. "change answer 3" from the list. */
  startAt?: number;
}

type FormConversation = Conversation<BotContext, Context>;

// Buttons inside the form; only presses on the form's latest message count, older ones are "outdated".
const CB = { skip: "f:skip", back: "f:back", cancel: "f:cancel", yes: "f:yes", no: "f:no", confirm: "f:ok", fix: "f:fix", submit: "f:submit", later: "f:later" } as const;
const EDIT_PREFIX = "f:edit:";

export function createCampaignFormConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function campaignForm(conversation: FormConversation, ctx: Context, args: CampaignFormArgs): Promise<void> {
    const { actor, campaignId, schoolId } = args;
    const t = translate(actor.language);
    const domain = deps.domain;
    const ids = { campaignId, schoolId };
    const load = () => conversation.external(() => attempt(() => getForm(domain, actor, ids)));

    let loaded = await load();
    if (!loaded.ok) return void (await ctx.reply(t(`error-${loaded.code}`, loaded.params)));
    let form = loaded.value;
    if (!form.canEdit) return void (await ctx.reply(closedText(t, form), { parse_mode: "HTML" }));

    let promptId = 0; // the message whose buttons are live
    /** The head's next text or press on the latest question; a command leaves the form (answers are saved). */
    const waitReply = () => waitForInput(conversation, { messageId: promptId, prefix: "f:" }, t);
    const leaveForCommand = async () => {
      await ctx.reply(t("form-paused"));
      await conversation.halt({ next: true });
    };

    const total = form.items.length;
    let index = args.startAt ?? form.firstUnanswered ?? total;
    let backToReview = args.startAt !== undefined;
    /** A value typed instead of answering "Всё верно?": the corrected answer to the same question. */
    let typedAhead: string | undefined;
    /** Why the last reply was refused: shown at the top of the re-asked question, one message not two. */
    let notice: string | undefined;
    const withNotice = (text: string) => {
      const shown = notice ? `⚠️ ${escapeHtml(notice)}\n\n${text}` : text;
      notice = undefined;
      return shown;
    };

    for (;;) {
      if (index >= total) {
        promptId = (await ctx.reply(withNotice(reviewText(t, actor.language, form)), { parse_mode: "HTML", reply_markup: reviewKeyboard(t, form) })).message_id;
        const reply = await waitReply();
        if (reply.kind === "command") return leaveForCommand();
        if (reply.kind === "text" || reply.kind === "other") {
          notice = t("form-review-use-buttons");
          continue;
        }
        if (reply.data === CB.later) return void (await ctx.reply(t("form-saved-for-later", { deadline: deadlineText(form) })));
        if (reply.data.startsWith(EDIT_PREFIX)) {
          index = Number(reply.data.slice(EDIT_PREFIX.length));
          backToReview = true;
          continue;
        }
        if (reply.data === CB.submit) {
          const submitted = await conversation.external(() => attempt(() => submitSubmission(domain, actor, ids)));
          if (submitted.ok) {
            const r = submitted.value;
            await ctx.reply(
              t(r.resubmitted ? "form-receipt-updated" : "form-receipt", {
                title: escapeHtml(r.campaignTitle),
                school: escapeHtml(r.schoolShortName),
                at: formatLocal(new Date(r.submittedAt), r.timeZone),
                deadline: deadlineText(form),
              }),
              { parse_mode: "HTML" },
            );
            return;
          }
          await ctx.reply(t(`error-${submitted.code}`, submitted.params));
          if (submitted.code !== "campaign-incomplete") return;
          loaded = await load();
          if (!loaded.ok) return;
          form = loaded.value;
          // Straight to the first question still without an answer, a skipped one included.
          const missing = form.items.findIndex((item) => item.value === null);
          index = missing === -1 ? total : missing;
          backToReview = true;
        }
        continue;
      }

      const item = form.items[index]!;
      let reply: Input;
      if (typedAhead !== undefined) {
        reply = { kind: "text", text: typedAhead };
        typedAhead = undefined;
      } else {
        promptId = (await ctx.reply(withNotice(questionText(t, actor.language, form, index)), { parse_mode: "HTML", reply_markup: questionKeyboard(t, item, index) })).message_id;
        reply = await waitReply();
      }
      if (reply.kind === "command") return leaveForCommand();
      if (reply.kind === "other") {
        notice = t("form-text-expected"); // a photo or a sticker: the same question again, saying why
        continue;
      }
      if (reply.kind === "button" && reply.data === CB.cancel) {
        return void (await ctx.reply(t("form-saved-for-later", { deadline: deadlineText(form) })));
      }
      if (reply.kind === "button" && reply.data === CB.back) {
        index = Math.max(0, index - 1);
        continue;
      }
      if (reply.kind === "button" && reply.data === CB.skip) {
        const skipped = await conversation.external(() =>
          attempt(() => skipAnswer(domain, actor, { ...ids, indicatorId: item.indicator.id })),
        );
        if (!skipped.ok) return void (await ctx.reply(t(`error-${skipped.code}`, skipped.params)));
        if (skipped.value.status === "skipped") form = withAnswer(form, index, null, true);
        index = backToReview ? total : index + 1;
        continue;
      }
      const raw = reply.kind === "text" ? reply.text : reply.data === CB.yes ? "да" : reply.data === CB.no ? "нет" : undefined;
      if (raw === undefined) continue;

      let saved = await conversation.external(() => attempt(() => saveAnswer(domain, actor, { ...ids, indicatorId: item.indicator.id, raw })));
      if (saved.ok && saved.value.status === "needs-confirmation") {
        const pending = saved.value;
        promptId = (
          await ctx.reply(
            t("form-confirm-jump", {
              previous: formatAnswer(pending.previous.value, actor.language),
              period: pending.previous.period,
              value: formatAnswer(pending.value, actor.language),
            }),
            { reply_markup: new InlineKeyboard().text(t("form-confirm-yes"), CB.confirm).text(t("form-confirm-fix"), CB.fix) },
          )
        ).message_id;
        const answer = await waitReply();
        if (answer.kind === "command") return leaveForCommand();
        if (answer.kind === "text") typedAhead = answer.text;
        if (answer.kind !== "button" || answer.data !== CB.confirm) continue; // ask the same question again (or take the typed value)
        saved = await conversation.external(() =>
          attempt(() => saveAnswer(domain, actor, { ...ids, indicatorId: item.indicator.id, value: pending.value, confirmed: true })),
        );
      }
      if (!saved.ok) return void (await ctx.reply(t(`error-${saved.code}`, saved.params)));
      const result = saved.value;
      if (result.status === "invalid") {
        notice = t(`answer-error-${result.error.code}`, result.error.params);
        continue;
      }
      if (result.status === "saved") {
        form = withAnswer(form, index, result.value, false);
        index = backToReview ? total : index + 1;
      }
    }
  };
}

/** The form as it stands after one answer, without reading it back from the database. */
function withAnswer(form: FormView, index: number, value: AnswerValue | null, skipped: boolean): FormView {
  const items = form.items.map((item, i) => (i === index ? { ...item, value: value ?? item.value, skipped: value ? false : skipped } : item));
  return { ...form, items };
}

function deadlineText(form: FormView): string {
  return formatLocal(new Date(form.reopenedUntil ?? form.campaign.deadline), form.campaign.timeZone);
}

function closedText(t: Translate, form: FormView): string {
  return form.editable
    ? t("form-read-only", { title: escapeHtml(form.campaign.title) })
    : t("form-closed", { title: escapeHtml(form.campaign.title), deadline: deadlineText(form) });
}

const title = (item: FormItem, language: Language) => (language === "en" ? item.indicator.titleEn : item.indicator.titleRu);
const help = (item: FormItem, language: Language) => (language === "en" ? item.indicator.helpEn : item.indicator.helpRu);

function questionText(t: Translate, language: Language, form: FormView, index: number): string {
  const item = form.items[index]!;
  const lines = [
    t("form-progress", { title: escapeHtml(form.campaign.title), n: index + 1, total: form.items.length }),
    `<b>${escapeHtml(title(item, language))}</b>`,
    `<i>${escapeHtml(help(item, language))}</i>`,
  ];
  if (item.previous) lines.push(t("form-previous", { period: item.previous.period, value: escapeHtml(formatAnswer(item.previous.value, language)) }));
  // Records-fed indicators (courses): the figure the school's records give, to confirm by typing it or correct.
  if (item.fromRecords !== null) lines.push(t("course-form-from-records", { value: item.fromRecords }));
  if (item.value) lines.push(t("form-current", { value: escapeHtml(formatAnswer(item.value, language)) }));
  // A yes/no question's help already says how to answer, and its buttons show it.
  if (item.indicator.kind !== "BOOLEAN") lines.push(t(`form-hint-${item.indicator.kind.toLowerCase()}`));
  return lines.join("\n");
}

function questionKeyboard(t: Translate, item: FormItem, index: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (item.indicator.kind === "BOOLEAN") keyboard.text(t("form-yes"), CB.yes).text(t("form-no"), CB.no).row();
  keyboard.text(t("form-skip"), CB.skip);
  if (index > 0) keyboard.text(t("form-back"), CB.back);
  return keyboard.row().text(t("form-cancel"), CB.cancel);
}

function reviewText(t: Translate, language: Language, form: FormView): string {
  const lines = [t("form-review-title", { title: escapeHtml(form.campaign.title), school: escapeHtml(form.school.shortName) })];
  form.items.forEach((item, i) => {
    const answer = item.value ? escapeHtml(formatAnswer(item.value, language)) : t(item.skipped ? "form-review-skipped" : "form-review-missing");
    lines.push(`${i + 1}. ${escapeHtml(title(item, language))} — <b>${answer}</b>`);
  });
  lines.push("", t("form-review-deadline", { deadline: deadlineText(form) }));
  return lines.join("\n");
}

function reviewKeyboard(t: Translate, form: FormView): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  form.items.forEach((_, i) => {
    keyboard.text(`✏️ ${i + 1}`, `${EDIT_PREFIX}${i}`);
    if (i % 5 === 4) keyboard.row();
  });
  keyboard.row().text(t(form.status === "submitted" ? "form-resubmit" : "form-submit"), CB.submit).row().text(t("form-later"), CB.later);
  return keyboard;
}
