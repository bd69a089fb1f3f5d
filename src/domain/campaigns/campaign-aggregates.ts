// The municipal figure of each indicator over SUBMITTED forms, summed in SQL over the campaign's own rows.
// A share is summed numerators over summed denominators: an average of schools' percentages would weigh a
// 5-teacher school like a 60-teacher one. Drafts never count.
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { IndicatorKind } from "../../generated/prisma/enums.js";
import { formatNumber, formatShare, type Language } from "../indicators/format-answer.js";

/** `answered`: how many submitted schools gave a value. */
export type IndicatorAggregate =
  | { kind: "SHARE"; numerator: number; denominator: number; percent: number | null; answered: number }
  | { kind: "COUNT"; sum: number; answered: number }
  | { kind: "BOOLEAN"; yes: number; answered: number }
  | { kind: "TEXT"; answered: number };

interface SumsRow {
  indicatorId: number;
  shares: number;
  numerator: number;
  denominator: number;
  numbers: number;
  numberSum: number;
  flags: number;
  yes: number;
  texts: number;
}

/**
 * One grouped query: per indicator, the sums and counts of every kind's columns. A value counts only in its
 * kind's columns and only when they are all set, as `valueFromRow` reads a row.
 */
export async function campaignAggregates(
  db: PrismaClient,
  campaignId: number,
  indicators: ReadonlyArray<{ id: number; kind: IndicatorKind }>,
): Promise<IndicatorAggregate[]> {
  const rows = await db.$queryRaw<SumsRow[]>`
    SELECT v."indicatorId",
           COUNT(*) FILTER (WHERE v.numerator IS NOT NULL AND v.denominator IS NOT NULL)::int AS shares,
           COALESCE(SUM(v.numerator) FILTER (WHERE v.denominator IS NOT NULL), 0)::float8 AS numerator,
           COALESCE(SUM(v.denominator) FILTER (WHERE v.numerator IS NOT NULL), 0)::float8 AS denominator,
           COUNT(v.number)::int AS numbers,
           COALESCE(SUM(v.number), 0)::float8 AS "numberSum",
           COUNT(v.flag)::int AS flags,
           COUNT(*) FILTER (WHERE v.flag)::int AS yes,
           COUNT(v.text)::int AS texts
    FROM "Submission" s
    JOIN "SubmissionValue" v ON v."submissionId" = s.id
    WHERE s."campaignId" = ${campaignId} AND s.status = 'SUBMITTED' AND NOT v.skipped
    GROUP BY v."indicatorId"`;
  const byIndicator = new Map(rows.map((r) => [r.indicatorId, r]));
  return indicators.map(({ id, kind }) => aggregateFromSums(kind, byIndicator.get(id)));
}

function aggregateFromSums(kind: IndicatorKind, r: SumsRow | undefined): IndicatorAggregate {
  switch (kind) {
    case "SHARE": {
      const numerator = r?.numerator ?? 0;
      const denominator = r?.denominator ?? 0;
      return { kind, numerator, denominator, percent: denominator === 0 ? null : (numerator / denominator) * 100, answered: r?.shares ?? 0 };
    }
    case "COUNT":
      return { kind, sum: r?.numberSum ?? 0, answered: r?.numbers ?? 0 };
    case "BOOLEAN":
      return { kind, yes: r?.yes ?? 0, answered: r?.flags ?? 0 };
    case "TEXT":
      return { kind, answered: r?.texts ?? 0 };
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
