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

/** [schoolId, name, shortName, submissionId, status, submittedAt, reopenedUntil] */
type RawRow = [number, string, string, number | null, string | null, string | null, string | null];

/** A JSON timestamp of a `timestamp(3)` column is UTC without the zone. */
const utc = (text: string | null): Date | null => (text === null ? null : new Date(`${text}Z`));

/**
 * Every school of the campaign, alphabetical by full name. The rows come as one JSON array: thousands of
 * small rows through the driver adapter cost several times more than parsing one string.
 */
export async function loadCampaignSchoolRows(db: PrismaClient, campaignId: number): Promise<CampaignSchoolRow[]> {
  const [result] = await db.$queryRaw<Array<{ rows: string }>>`
    SELECT COALESCE(json_agg(json_build_array(sc.id, sc.name, sc."shortName", s.id, s.status, s."submittedAt", cs."reopenedUntil")), '[]')::text AS rows
    FROM "CampaignSchool" cs
    JOIN "School" sc ON sc.id = cs."schoolId"
    LEFT JOIN "Submission" s ON s."campaignId" = cs."campaignId" AND s."schoolId" = cs."schoolId"
    WHERE cs."campaignId" = ${campaignId}`;
  const rows = JSON.parse(result?.rows ?? "[]") as RawRow[];
  return rows
    .map(([schoolId, name, shortName, submissionId, status, submittedAt, reopenedUntil]) => ({
      schoolId,
      name,
      shortName,
      submissionId,
      status: status === null ? ("none" as const) : status === "SUBMITTED" ? ("submitted" as const) : ("draft" as const),
      submittedAt: status === "SUBMITTED" ? utc(submittedAt) : null,
      reopenedUntil: utc(reopenedUntil),
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
