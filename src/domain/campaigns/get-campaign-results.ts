// The whole of a campaign's results, every school with its values: what the Excel workbook needs. Screens use
// the summary and the paged school list instead. Values come by the campaign's key (one join), never as an
// IN list of thousands of submission ids; the figures are the same sums as «Итоги» (campaign-aggregates.ts).
import { z } from "zod";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import type { IndicatorKind } from "../../generated/prisma/enums.js";
import type { AnswerValue } from "../indicators/answer-value.js";
import { formatAnswer } from "../indicators/format-answer.js";
import { campaignAggregates, formatAggregate, type IndicatorAggregate } from "./campaign-aggregates.js";
import { campaignHeader, loadCampaign } from "./campaign-access.js";
import { loadAskedIndicators } from "./campaign-indicators.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { loadCampaignSchoolRows } from "./campaign-school-rows.js";
import { loadCampaignValues } from "./campaign-values.js";
import type { SubmissionStatusView } from "./stored-value.js";

export { formatAggregate, type IndicatorAggregate } from "./campaign-aggregates.js";

const resultsInput = z.object({ campaignId: idSchema });

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
  const indicators = await loadAskedIndicators(deps.db, campaignId);
  const [rows, values, aggregates] = await Promise.all([
    loadCampaignSchoolRows(deps.db, campaignId),
    loadCampaignValues(deps.db, { campaignId }, indicators),
    campaignAggregates(deps.db, campaignId, indicators),
  ]);
  const language = actor.language;
  const schools = rows.map((row) => {
    const own = row.submissionId === null ? undefined : values.get(row.submissionId);
    const all = indicators.map((_, i) => own?.[i] ?? null);
    return { row, all };
  });

  return {
    campaign: { ...campaignHeader(campaign), municipalityName: campaign.municipality.name },
    indicators: indicators.map((indicator, i) => ({
      ...indicator,
      aggregate: aggregates[i]!,
      formatted: formatAggregate(aggregates[i]!, language),
    })),
    schools: schools.map(({ row, all }) => {
      const shown = row.status === "submitted" ? all : all.map(() => null);
      return {
        schoolId: row.schoolId,
        name: row.name,
        shortName: row.shortName,
        status: row.status,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        values: shown,
        formatted: shown.map((v) => (v === null ? null : formatAnswer(v, language))),
      };
    }),
    notSubmitted: schools.flatMap(({ row, all }) =>
      row.status === "submitted"
        ? []
        : [{ schoolId: row.schoolId, name: row.name, shortName: row.shortName, status: row.status, answered: all.filter((v) => v !== null).length }],
    ),
    schoolCount: rows.length,
    submittedCount: rows.filter((r) => r.status === "submitted").length,
  };
}
