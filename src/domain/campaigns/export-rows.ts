// What the workbook needs of every school of a campaign, in one query that touches only that campaign's rows:
// the school, the state of its form and the form's values (read per form through the values' primary key,
// never by scanning the answers of every campaign). Raw values only: the workbook holds numbers, not texts.
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { IndicatorKind } from "../../generated/prisma/enums.js";
import type { AnswerValue } from "../indicators/answer-value.js";
import { byName } from "../schools/school-search.js";
import { valueFromRow } from "./stored-value.js";

export interface ExportSchool {
  name: string;
  shortName: string;
  status: "none" | "draft" | "submitted";
  submittedAt: Date | null;
  /** Aligned with the asked indicators; null: not answered, skipped, or of another shape. */
  values: Array<AnswerValue | null>;
}

/** [indicatorId, skipped, numerator, denominator, number, flag, text] */
type RawValue = [number, boolean, number | null, number | null, number | null, boolean | null, string | null];
/** [name, shortName, status, submittedAt, values] */
type RawSchool = [string, string, string | null, string | null, RawValue[] | null];

/** Every school of the campaign, alphabetical by full name (as the results list them). */
export async function loadExportSchools(
  db: PrismaClient,
  campaignId: number,
  indicators: ReadonlyArray<{ id: number; kind: IndicatorKind }>,
): Promise<ExportSchool[]> {
  // One JSON string instead of thousands of rows through the driver adapter; the correlated subquery keeps
  // the values read by their submission's key (a join let the planner scan the whole answer table).
  const [result] = await db.$queryRaw<Array<{ rows: string }>>`
    SELECT COALESCE(json_agg(json_build_array(sc.name, sc."shortName", s.status, s."submittedAt",
             CASE WHEN s.id IS NOT NULL THEN (
               SELECT json_agg(json_build_array(v."indicatorId", v.skipped, v.numerator, v.denominator, v.number, v.flag, v.text))
               FROM "SubmissionValue" v WHERE v."submissionId" = s.id) END)), '[]')::text AS rows
    FROM "CampaignSchool" cs
    JOIN "School" sc ON sc.id = cs."schoolId"
    LEFT JOIN "Submission" s ON s."campaignId" = cs."campaignId" AND s."schoolId" = cs."schoolId"
    WHERE cs."campaignId" = ${campaignId}`;
  const position = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  const rows = JSON.parse(result?.rows ?? "[]") as RawSchool[];
  return rows
    .map(([name, shortName, status, submittedAt, raw]) => {
      const values: Array<AnswerValue | null> = indicators.map(() => null);
      for (const [indicatorId, skipped, numerator, denominator, number, flag, text] of raw ?? []) {
        const at = position.get(indicatorId);
        if (at !== undefined) values[at] = valueFromRow(indicators[at]!.kind, { skipped, numerator, denominator, number, flag, text });
      }
      const submitted = status === "SUBMITTED";
      return {
        name,
        shortName,
        status: status === null ? ("none" as const) : submitted ? ("submitted" as const) : ("draft" as const),
        // A JSON timestamp of a `timestamp(3)` column is UTC without the zone.
        submittedAt: submitted && submittedAt !== null ? new Date(`${submittedAt}Z`) : null,
        values,
      };
    })
    .sort(byName);
}
