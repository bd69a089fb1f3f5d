// A head answers one indicator. Typing mistakes come back as { status: "invalid" } (not an exception) so
// the bot can ask again; a value far from last period's asks for confirmation first.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { invalidInput } from "../input-error.js";
import { answerValueSchema, sameAnswer, type AnswerError, type AnswerValue } from "../indicators/answer-value.js";
import { checkPlausibility } from "../indicators/check-plausibility.js";
import { formatAnswer } from "../indicators/format-answer.js";
import { parseAnswer, validateAnswer } from "../indicators/parse-answer.js";
import { loadEditableIndicator } from "./campaign-access.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { findPreviousAnswers, type PreviousAnswer } from "./previous-answers.js";
import { columnsFor, valueFromRow } from "./stored-value.js";
import { lockSubmission, SUBMISSION_TX_OPTIONS } from "./submission-lock.js";

const saveAnswerInput = z
  .object({
    campaignId: idSchema,
    schoolId: idSchema,
    indicatorId: idSchema,
    /** What the head typed… */
    raw: z.string().max(10_000).optional(),
    /** …or a value parsed earlier (e.g. the one awaiting confirmation). */
    value: answerValueSchema.optional(),
    /** The head confirmed a value that differs a lot from last period's. */
    confirmed: z.boolean().default(false),
  })
  .refine((v) => (v.raw === undefined) !== (v.value === undefined), { message: "give either raw or value" });

export type SaveAnswerInput = z.input<typeof saveAnswerInput>;

export type SaveAnswerResult =
  | { status: "saved"; value: AnswerValue; formatted: string; changed: boolean }
  | { status: "invalid"; error: AnswerError }
  | { status: "needs-confirmation"; value: AnswerValue; previous: PreviousAnswer; reason: "share-jump" | "count-jump" };

export async function saveAnswer(deps: DomainDeps, actor: Actor, input: SaveAnswerInput): Promise<SaveAnswerResult> {
  const data = parseInput(saveAnswerInput, input);
  const { campaign, indicator } = await loadEditableIndicator(deps, actor, data);

  if (data.value !== undefined && data.value.kind !== indicator.kind) {
    throw invalidInput("value", "wrong-answer-kind", { expected: indicator.kind.toLowerCase() });
  }
  const parsed = data.value !== undefined ? validateAnswer(indicator, data.value) : parseAnswer(indicator, data.raw ?? "");
  if (!parsed.ok) return { status: "invalid", error: parsed.error };
  const value = parsed.value;

  if (!data.confirmed && !(await isCurrentAnswer(deps, campaign.id, data.schoolId, indicator, value))) {
    const previous = (await findPreviousAnswers(deps.db, campaign, data.schoolId, [indicator])).get(indicator.id);
    const check = checkPlausibility(value, previous?.value ?? null);
    if (previous && !check.plausible) return { status: "needs-confirmation", value, previous, reason: check.reason };
  }

  const changed = await deps.db.$transaction(async (tx) => {
    const submission = await lockSubmission(tx, campaign.id, data.schoolId, deps.now());
    // Read under the lock: the old value is what the previous writer committed, so history chains. The
    // change is stamped under the lock too: a writer that waited for it must not sort before the one it waited for.
    const now = deps.now();
    const row = await tx.submissionValue.findUnique({
      where: { submissionId_indicatorId: { submissionId: submission.id, indicatorId: indicator.id } },
    });
    const old = row ? valueFromRow(indicator.kind, row) : null;
    if (sameAnswer(old, value)) return false;
    const columns = { ...columnsFor(value), skipped: false };
    await tx.submissionValue.upsert({
      where: { submissionId_indicatorId: { submissionId: submission.id, indicatorId: indicator.id } },
      create: { submissionId: submission.id, indicatorId: indicator.id, ...columns },
      update: columns,
    });
    await tx.submissionChange.create({
      data: {
        submissionId: submission.id,
        indicatorId: indicator.id,
        personId: actor.personId,
        oldValue: old ?? undefined, // SQL NULL: there was no answer
        newValue: value,
        afterSubmit: submission.status === "SUBMITTED",
        at: now,
      },
    });
    return true;
  }, SUBMISSION_TX_OPTIONS);

  return { status: "saved", value, formatted: formatAnswer(value, actor.language), changed };
}

/** Re-entering the answer already saved (and confirmed then) asks nothing again. */
async function isCurrentAnswer(
  deps: DomainDeps,
  campaignId: number,
  schoolId: number,
  indicator: { id: number; kind: AnswerValue["kind"] },
  value: AnswerValue,
): Promise<boolean> {
  const row = await deps.db.submissionValue.findFirst({
    where: { indicatorId: indicator.id, submission: { campaignId, schoolId } },
  });
  return row !== null && sameAnswer(valueFromRow(indicator.kind, row), value);
}
