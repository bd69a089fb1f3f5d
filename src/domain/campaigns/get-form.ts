// One school's form in a campaign: the indicators in order, what is answered, last period's answers.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import type { AnswerValue } from "../indicators/answer-value.js";
import { toIndicatorView, type IndicatorView } from "../indicators/indicator-view.js";
import { campaignHeader, formWindow, loadCampaign, loadCampaignSchool, requireOpenForm } from "./campaign-access.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { findPreviousAnswers, type PreviousAnswer } from "./previous-answers.js";
import { statusView, valueFromRow, type SubmissionStatusView } from "./stored-value.js";
import { answersFingerprint } from "./answers-fingerprint.js";

const getFormInput = z.object({ campaignId: idSchema, schoolId: idSchema });

export interface FormItem {
  indicator: IndicatorView;
  /** The current answer (draft or submitted); null when missing or skipped. */
  value: AnswerValue | null;
  skipped: boolean;
  /** The school's answer in the previous period, if any. */
  previous: PreviousAnswer | null;
}

export interface FormView {
  campaign: { id: number; title: string; period: string; opensAt: string; deadline: string; timeZone: string };
  school: { id: number; name: string; shortName: string };
  status: SubmissionStatusView;
  submittedAt: string | null;
  reopenedUntil: string | null;
  /** The school can change answers now (before the deadline, or reopened for it). */
  editable: boolean;
  /** This actor can change answers now: a head of the school while editable (staff read only). */
  canEdit: boolean;
  items: FormItem[];
  answered: number;
  skipped: number;
  total: number;
  /** Index in items of the first indicator neither answered nor skipped; null when there is none. */
  firstUnanswered: number | null;
  /** The answers as shown (see answers-fingerprint.ts): submit with it to send exactly what was reviewed. */
  fingerprint: string;
}

export async function getForm(deps: DomainDeps, actor: Actor, input: z.input<typeof getFormInput>): Promise<FormView> {
  const { campaignId, schoolId } = parseInput(getFormInput, input);
  const campaign = await loadCampaign(deps, actor, campaignId);
  const { school, link } = await loadCampaignSchool(deps, actor, campaign, schoolId);
  const now = deps.now();
  const window = formWindow(campaign, link, now);
  // Staff may preview a scheduled form; a head sees it once it opens.
  if (actor.role === "HEAD" && window === "not-open") requireOpenForm(window);

  const [campaignIndicators, submission] = await Promise.all([
    deps.db.campaignIndicator.findMany({ where: { campaignId }, include: { indicator: true }, orderBy: { position: "asc" } }),
    deps.db.submission.findUnique({ where: { campaignId_schoolId: { campaignId, schoolId } }, include: { values: true } }),
  ]);
  const indicators = campaignIndicators.map((ci) => ci.indicator);
  const previous = await findPreviousAnswers(deps.db, campaign, schoolId, indicators);

  const items = indicators.map((indicator): FormItem => {
    const row = submission?.values.find((v) => v.indicatorId === indicator.id);
    return {
      indicator: toIndicatorView(indicator),
      value: row ? valueFromRow(indicator.kind, row) : null,
      skipped: row?.skipped ?? false,
      previous: previous.get(indicator.id) ?? null,
    };
  });
  const firstUnanswered = items.findIndex((item) => item.value === null && !item.skipped);
  const editable = window === "open";
  return {
    campaign: campaignHeader(campaign),
    school: { id: school.id, name: school.name, shortName: school.shortName },
    status: statusView(submission),
    submittedAt: submission?.submittedAt?.toISOString() ?? null,
    reopenedUntil: link.reopenedUntil?.toISOString() ?? null,
    editable,
    canEdit: editable && actor.role === "HEAD",
    items,
    answered: items.filter((i) => i.value !== null).length,
    skipped: items.filter((i) => i.skipped).length,
    total: items.length,
    firstUnanswered: firstUnanswered === -1 ? null : firstUnanswered,
    fingerprint: answersFingerprint(items.map((item) => ({ indicatorId: item.indicator.id, value: item.value, skipped: item.skipped }))),
  };
}
