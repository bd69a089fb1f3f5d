// The municipality's figures for a campaign, over SUBMITTED forms only. A share is summed numerators over
// summed denominators: an average of schools' percentages would weigh a 5-teacher school like a 60-teacher one.
import { z } from "zod";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import type { IndicatorKind } from "../../generated/prisma/enums.js";
import type { AnswerValue } from "../indicators/answer-value.js";
import { formatAnswer, formatNumber, formatShare, type Language } from "../indicators/format-answer.js";
import { campaignHeader, loadCampaign } from "./campaign-access.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { statusView, valueFromRow, type SubmissionStatusView } from "./stored-value.js";

const resultsInput = z.object({ campaignId: idSchema });

/** `answered`: how many submitted schools gave a value. */
export type IndicatorAggregate =
  | { kind: "SHARE"; numerator: number; denominator: number; percent: number | null; answered: number }
  | { kind: "COUNT"; sum: number; answered: number }
  | { kind: "BOOLEAN"; yes: number; answered: number }
  | { kind: "TEXT"; answered: number };

export interface CampaignResults {
  campaign: {
    id: number;
    title: string;
    period: string;
    opensAt: string;
    deadline: string;
    timeZone: string;
    municipalityName: string;
  };
  indicators: Array<{
    id: number;
    code: string;
    kind: IndicatorKind;
    titleRu: string;
    titleEn: string;
    aggregate: IndicatorAggregate;
    /** The aggregate in the actor's language: "18 из 85 (21,2%)", "42", "есть у 3 из 4", "ответов: 4". */
    formatted: string;
  }>;
  /** Every school asked, by name; values (aligned with `indicators`) only for submitted forms. */
  schools: Array<{
    schoolId: number;
    name: string;
    shortName: string;
    status: SubmissionStatusView;
    submittedAt: string | null;
    values: Array<AnswerValue | null>;
    formatted: Array<string | null>;
  }>;
  /** Schools with no form or only a draft. */
  notSubmitted: Array<{ schoolId: number; name: string; shortName: string; status: "none" | "draft"; answered: number }>;
  schoolCount: number;
  submittedCount: number;
}

export async function getCampaignResults(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof resultsInput>,
): Promise<CampaignResults> {
  const { campaignId } = parseInput(resultsInput, input);
  requireRole(actor, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  const campaign = await loadCampaign(deps, actor, campaignId);
  const [asked, links, submissions] = await Promise.all([
    deps.db.campaignIndicator.findMany({ where: { campaignId }, include: { indicator: true }, orderBy: { position: "asc" } }),
    deps.db.campaignSchool.findMany({ where: { campaignId }, include: { school: true } }),
    deps.db.submission.findMany({ where: { campaignId }, include: { values: true } }),
  ]);
  const indicators = asked.map((a) => a.indicator);
  const language = actor.language;
  const schools = links
    .map((l) => l.school)
    .sort((a, b) => a.name.localeCompare(b.name, "ru"))
    .map((school) => {
      const submission = submissions.find((s) => s.schoolId === school.id);
      const values = indicators.map((indicator) => {
        const row = submission?.values.find((v) => v.indicatorId === indicator.id);
        return row ? valueFromRow(indicator.kind, row) : null;
      });
      return { school, submission, status: statusView(submission), values };
    });
  const submitted = schools.filter((s) => s.status === "submitted");

  return {
    campaign: { ...campaignHeader(campaign), municipalityName: campaign.municipality.name },
    indicators: indicators.map((indicator, index) => {
      const aggregate = aggregateOf(indicator.kind, submitted.map((s) => s.values[index] ?? null));
      return {
        id: indicator.id,
        code: indicator.code,
        kind: indicator.kind,
        titleRu: indicator.titleRu,
        titleEn: indicator.titleEn,
        aggregate,
        formatted: formatAggregate(aggregate, language),
      };
    }),
    schools: schools.map(({ school, submission, status, values }) => {
      const shown = status === "submitted" ? values : values.map(() => null);
      return {
        schoolId: school.id,
        name: school.name,
        shortName: school.shortName,
        status,
        submittedAt: status === "submitted" ? (submission?.submittedAt?.toISOString() ?? null) : null,
        values: shown,
        formatted: shown.map((v) => (v === null ? null : formatAnswer(v, language))),
      };
    }),
    notSubmitted: schools.flatMap(({ school, status, values }) =>
      status === "submitted"
        ? []
        : [
            {
              schoolId: school.id,
              name: school.name,
              shortName: school.shortName,
              status,
              answered: values.filter((v) => v !== null).length,
            },
          ],
    ),
    schoolCount: schools.length,
    submittedCount: submitted.length,
  };
}

export function aggregateOf(kind: IndicatorKind, values: ReadonlyArray<AnswerValue | null>): IndicatorAggregate {
  const given = values.filter((v): v is AnswerValue => v !== null && v.kind === kind);
  const answered = given.length;
  switch (kind) {
    case "SHARE": {
      let numerator = 0;
      let denominator = 0;
      for (const v of given) {
        if (v.kind !== "SHARE") continue;
        numerator += v.numerator;
        denominator += v.denominator;
      }
      return { kind, numerator, denominator, percent: denominator === 0 ? null : (numerator / denominator) * 100, answered };
    }
    case "COUNT":
      return { kind, sum: given.reduce((sum, v) => sum + (v.kind === "COUNT" ? v.number : 0), 0), answered };
    case "BOOLEAN":
      return { kind, yes: given.filter((v) => v.kind === "BOOLEAN" && v.flag).length, answered };
    case "TEXT":
      return { kind, answered };
  }
}

export function formatAggregate(aggregate: IndicatorAggregate, language: Language): string {
  switch (aggregate.kind) {
    case "SHARE":
      return formatShare(aggregate.numerator, aggregate.denominator, language);
    case "COUNT":
      return formatNumber(aggregate.sum, language);
    case "BOOLEAN":
      return language === "ru"
        ? `есть у ${aggregate.yes} из ${aggregate.answered}`
        : `yes at ${aggregate.yes} of ${aggregate.answered}`;
    case "TEXT":
      return language === "ru" ? `ответов: ${aggregate.answered}` : `answers: ${aggregate.answered}`;
  }
}
