// A head sends the school's form. Allowed again after later edits, until the form closes; each time the
// receipt lists what was sent.
import { z } from "zod";
import type { Indicator, Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit/record-audit.js";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import type { AnswerValue } from "../indicators/answer-value.js";
import { formatAnswer } from "../indicators/format-answer.js";
import { indicatorTitle } from "../indicators/indicator-view.js";
import { formWindow, loadCampaign, loadCampaignSchool, requireOpenForm } from "./campaign-access.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { valueFromRow } from "./stored-value.js";
import { answersFingerprint } from "./answers-fingerprint.js";
import { lockExistingSubmission, SUBMISSION_TX_OPTIONS } from "./submission-lock.js";

// reviewed: the fingerprint of the answers the head was shown (FormView.fingerprint); absent, nothing is compared.
const submitInput = z.object({ campaignId: idSchema, schoolId: idSchema, reviewed: z.string().max(64).optional() });

export interface SubmissionReceipt {
  campaignId: number;
  campaignTitle: string;
  period: string;
  schoolId: number;
  schoolName: string;
  schoolShortName: string;
  /** ISO moment; format in timeZone. */
  submittedAt: string;
  timeZone: string;
  /** It had been submitted before (the answers were edited since). */
  resubmitted: boolean;
  answers: Array<{ indicatorId: number; code: string; title: string; value: AnswerValue; formatted: string }>;
}

type Asked = Array<{ indicator: Indicator }>;

export async function submitSubmission(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof submitInput>,
): Promise<SubmissionReceipt> {
  const { campaignId, schoolId, reviewed } = parseInput(submitInput, input);
  const campaign = await loadCampaign(deps, actor, campaignId);
  requireRole(actor, "HEAD");
  const { school, link } = await loadCampaignSchool(deps, actor, campaign, schoolId);
  requireOpenForm(formWindow(campaign, link, deps.now()));
  const asked: Asked = await deps.db.campaignIndicator.findMany({ where: { campaignId }, include: { indicator: true }, orderBy: { position: "asc" } });

  const { submittedAt, resubmitted, answers } = await deps.db.$transaction(async (tx) => {
    const now = deps.now();
    const submission = await lockExistingSubmission(tx, campaignId, schoolId);
    if (!submission) throw new DomainError("campaign-incomplete", { missing: asked.length });
    const answers = await completeAnswers(tx, asked, submission.id, reviewed);
    await tx.submission.update({
      where: { id: submission.id },
      data: { status: "SUBMITTED", submittedAt: now, submittedById: actor.personId },
    });
    await recordAudit(tx, {
      at: now,
      actorId: actor.personId,
      action: submission.status === "SUBMITTED" ? "submission.resubmit" : "submission.submit",
      entity: "Submission",
      entityId: submission.id,
      data: { campaignId, schoolId },
    });
    return { submittedAt: now, resubmitted: submission.status === "SUBMITTED", answers };
  }, SUBMISSION_TX_OPTIONS);

  return {
    campaignId,
    campaignTitle: campaign.title,
    period: campaign.period,
    schoolId,
    schoolName: school.name,
    schoolShortName: school.shortName,
    submittedAt: submittedAt.toISOString(),
    timeZone: campaign.municipality.timeZone,
    resubmitted,
    answers: answers.map(({ indicator, value }) => ({
      indicatorId: indicator.id,
      code: indicator.code,
      title: indicatorTitle(indicator, actor.language),
      value: value as AnswerValue, // every one is present: checked above
      formatted: formatAnswer(value as AnswerValue, actor.language),
    })),
  };
}

/** The stored answers in the form's order: every one given, and what the head reviewed (else an error). */
async function completeAnswers(tx: Prisma.TransactionClient, asked: Asked, submissionId: number, reviewed: string | undefined) {
  const rows = await tx.submissionValue.findMany({ where: { submissionId } });
  const answers = asked.map(({ indicator }) => {
    const row = rows.find((r) => r.indicatorId === indicator.id);
    return { indicator, value: row ? valueFromRow(indicator.kind, row) : null, skipped: row?.skipped ?? false };
  });
  // Another head of the school changed an answer after this one was shown the review: show it again instead.
  if (reviewed !== undefined && reviewed !== answersFingerprint(answers.map((a) => ({ indicatorId: a.indicator.id, value: a.value, skipped: a.skipped })))) {
    throw new DomainError("form-changed");
  }
  const missing = answers.filter((a) => a.value === null).length;
  if (missing > 0) throw new DomainError("campaign-incomplete", { missing });
  return answers;
}
