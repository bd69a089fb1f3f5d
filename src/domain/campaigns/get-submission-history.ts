// Who changed which answer of a school's form, when, from what to what.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { answerValueSchema, type AnswerValue } from "../indicators/answer-value.js";
import { formatAnswer } from "../indicators/format-answer.js";
import { indicatorTitle } from "../indicators/indicator-view.js";
import { loadCampaign, loadCampaignSchool } from "./campaign-access.js";
import { idSchema, parseInput } from "./campaign-input.js";

const historyInput = z.object({ campaignId: idSchema, schoolId: idSchema });

export interface SubmissionChangeView {
  id: number;
  /** ISO moment; format in timeZone. */
  at: string;
  personId: number;
  personName: string;
  indicatorId: number;
  indicatorCode: string;
  indicatorTitle: string;
  oldValue: AnswerValue | null;
  newValue: AnswerValue | null;
  oldFormatted: string | null;
  newFormatted: string | null;
  /** Made after the form had been submitted. */
  afterSubmit: boolean;
}

export interface SubmissionHistory {
  campaignId: number;
  schoolId: number;
  timeZone: string;
  changes: SubmissionChangeView[];
}

export async function getSubmissionHistory(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof historyInput>,
): Promise<SubmissionHistory> {
  const { campaignId, schoolId } = parseInput(historyInput, input);
  const campaign = await loadCampaign(deps, actor, campaignId);
  await loadCampaignSchool(deps, actor, campaign, schoolId);
  const changes = await deps.db.submissionChange.findMany({
    where: { submission: { campaignId, schoolId } },
    include: { person: { select: { displayName: true } }, indicator: true },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const read = (json: unknown): AnswerValue | null => {
    const parsed = answerValueSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  };
  return {
    campaignId,
    schoolId,
    timeZone: campaign.municipality.timeZone,
    changes: changes.map((change) => {
      const oldValue = read(change.oldValue);
      const newValue = read(change.newValue);
      return {
        id: change.id,
        at: change.at.toISOString(),
        personId: change.personId,
        personName: change.person.displayName,
        indicatorId: change.indicatorId,
        indicatorCode: change.indicator.code,
        indicatorTitle: indicatorTitle(change.indicator, actor.language),
        oldValue,
        newValue,
        oldFormatted: oldValue && formatAnswer(oldValue, actor.language),
        newFormatted: newValue && formatAnswer(newValue, actor.language),
        afterSubmit: change.afterSubmit,
      };
    }),
  };
}
