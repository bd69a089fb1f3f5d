// The schools one campaign asks, with the state of each one's form, in one query that touches only that
// campaign's rows (CampaignSchool and Submission by their campaignId keys).
import type { PrismaClient } from "../../generated/prisma/client.js";
import { byName, matchesSchool, normalizeSearch } from "../schools/school-search.js";
import type { SubmissionStatusView } from "./stored-value.js";

export interface CampaignSchoolRow {
  schoolId: number;
  name: string;
  shortName: string;
  submissionId: number | null;
  status: SubmissionStatusView;
  submittedAt: Date | null;
  reopenedUntil: Date | null;
}

/** "missing": no form or a draft; "submitted": submitted forms. */
export type SchoolFilter = "all" | "missing" | "submitted";
export const SCHOOL_FILTERS: readonly SchoolFilter[] = ["all", "missing", "submitted"];

interface RawRow {
  schoolId: number;
  name: string;
  shortName: string;
  submissionId: number | null;
  status: string | null;
  submittedAt: Date | null;
  reopenedUntil: Date | null;
}

/** Every school of the campaign, alphabetical by full name. */
export async function loadCampaignSchoolRows(db: PrismaClient, campaignId: number): Promise<CampaignSchoolRow[]> {
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT sc.id AS "schoolId", sc.name, sc."shortName", s.id AS "submissionId", s.status::text AS status,
           s."submittedAt", cs."reopenedUntil"
    FROM "CampaignSchool" cs
    JOIN "School" sc ON sc.id = cs."schoolId"
    LEFT JOIN "Submission" s ON s."campaignId" = cs."campaignId" AND s."schoolId" = cs."schoolId"
    WHERE cs."campaignId" = ${campaignId}`;
  return rows
    .map((r) => ({
      schoolId: r.schoolId,
      name: r.name,
      shortName: r.shortName,
      submissionId: r.submissionId,
      status: r.status === null ? ("none" as const) : r.status === "SUBMITTED" ? ("submitted" as const) : ("draft" as const),
      submittedAt: r.status === "SUBMITTED" ? r.submittedAt : null,
      reopenedUntil: r.reopenedUntil,
    }))
    .sort(byName);
}

export function filterSchoolRows(rows: readonly CampaignSchoolRow[], options: { search?: string; filter?: SchoolFilter }): CampaignSchoolRow[] {
  const query = normalizeSearch(options.search ?? "");
  const filter = options.filter ?? "all";
  return rows.filter(
    (r) =>
      (filter === "all" || (filter === "submitted") === (r.status === "submitted")) && matchesSchool(r, query),
  );
}
