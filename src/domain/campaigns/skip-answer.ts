// "Skip for now": the indicator is asked again on review. An indicator already answered keeps its answer.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import type { AnswerValue } from "../indicators/answer-value.js";
import { loadEditableIndicator } from "./campaign-access.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { valueFromRow } from "./stored-value.js";
import { lockSubmission, SUBMISSION_TX_OPTIONS } from "./submission-lock.js";

const skipAnswerInput = z.object({ campaignId: idSchema, schoolId: idSchema, indicatorId: idSchema });

export type SkipAnswerResult = { status: "skipped" } | { status: "kept"; value: AnswerValue };

export async function skipAnswer(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof skipAnswerInput>,
): Promise<SkipAnswerResult> {
  const data = parseInput(skipAnswerInput, input);
  const { campaign, indicator } = await loadEditableIndicator(deps, actor, data);

  return deps.db.$transaction(async (tx): Promise<SkipAnswerResult> => {
    const submission = await lockSubmission(tx, campaign.id, data.schoolId, deps.now());
    const key = { submissionId: submission.id, indicatorId: data.indicatorId };
    const row = await tx.submissionValue.findUnique({ where: { submissionId_indicatorId: key } });
    const current = row ? valueFromRow(indicator.kind, row) : null;
    // Skipping never erases an answer: no value changes, so no history row either.
    if (current !== null) return { status: "kept", value: current };
    await tx.submissionValue.upsert({
      where: { submissionId_indicatorId: key },
      create: { ...key, skipped: true },
      update: { skipped: true },
    });
    return { status: "skipped" };
  }, SUBMISSION_TX_OPTIONS);
}
