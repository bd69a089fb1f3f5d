// One page of a campaign's schools for the staff screens (per-school table, non-submitters, the reopen
// chooser): searched by part of the name, filtered by state, with values loaded only for the page shown.
import { z } from "zod";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { formatAnswer } from "../indicators/format-answer.js";
import { pageOf } from "../schools/school-search.js";
import { campaignHeader, loadCampaign } from "./campaign-access.js";
import { loadAskedIndicators, type AskedIndicator } from "./campaign-indicators.js";
import { idSchema, parseInput } from "./campaign-input.js";
import { filterSchoolRows, loadCampaignSchoolRows, SCHOOL_FILTERS, type SchoolFilter } from "./campaign-school-rows.js";
import { loadCampaignValues } from "./campaign-values.js";
import type { SubmissionStatusView } from "./stored-value.js";

const listInput = z.object({
  campaignId: idSchema,
  page: z.number().int().min(0).default(0),
  pageSize: z.number().int().min(1).max(50).default(10),
  search: z.string().max(100).default(""),
  filter: z.enum(SCHOOL_FILTERS as [SchoolFilter, ...SchoolFilter[]]).default("all"),
});

export interface CampaignSchoolPage {
  campaign: ReturnType<typeof campaignHeader>;
  indicators: AskedIndicator[];
  schoolCount: number;
  submittedCount: number;
  /** Schools matching the search and the filter. */
  matching: number;
  page: number;
  pageCount: number;
  search: string;
  filter: SchoolFilter;
  schools: Array<{
    schoolId: number;
    name: string;
    shortName: string;
    status: SubmissionStatusView;
    submittedAt: string | null;
    reopenedUntil: string | null;
    /** Indicators with a value (drafts too). */
    answered: number;
    /** Aligned with `indicators`; only for submitted forms (a draft's values are not results). */
    formatted: Array<string | null>;
  }>;
}

export async function listCampaignSchools(
  deps: DomainDeps,
  actor: Actor,
  input: z.input<typeof listInput>,
): Promise<CampaignSchoolPage> {
  const { campaignId, page, pageSize, search, filter } = parseInput(listInput, input);
  requireRole(actor, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  const campaign = await loadCampaign(deps, actor, campaignId);
  const [indicators, rows] = await Promise.all([loadAskedIndicators(deps.db, campaignId), loadCampaignSchoolRows(deps.db, campaignId)]);
  const matching = filterSchoolRows(rows, { search, filter });
  const shown = pageOf(matching, page, pageSize);
  const submissionIds = shown.items.flatMap((r) => (r.submissionId === null ? [] : [r.submissionId]));
  const values = await loadCampaignValues(deps.db, { submissionIds }, indicators);
  return {
    campaign: campaignHeader(campaign),
    indicators,
    schoolCount: rows.length,
    submittedCount: rows.filter((r) => r.status === "submitted").length,
    matching: matching.length,
    page: shown.page,
    pageCount: shown.pageCount,
    search,
    filter,
    schools: shown.items.map((row) => {
      const own = (row.submissionId === null ? undefined : values.get(row.submissionId)) ?? [];
      return {
        schoolId: row.schoolId,
        name: row.name,
        shortName: row.shortName,
        status: row.status,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        reopenedUntil: row.reopenedUntil?.toISOString() ?? null,
        answered: own.filter((v) => v != null).length,
        formatted: indicators.map((_, i) => {
          const value = own[i];
          return row.status === "submitted" && value ? formatAnswer(value, actor.language) : null;
        }),
      };
    }),
  };
}
