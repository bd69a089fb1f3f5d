// Periods for the summary: the school year runs 1 September – 31 August; dates are calendar dates (UTC midnight).

export interface Period {
  /** ISO dates, both included */
  from: string;
  to: string;
}

/** The school year that contains `date` (a calendar date in the municipality's zone, as ISO). */
export function schoolYearOf(isoDate: string): Period {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  const start = month >= 9 ? year : year - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/** "2022-2023" when the period is exactly one school year, else undefined. */
export function schoolYearLabel(period: Period): string | undefined {
  const m = /^(\d{4})-09-01$/.exec(period.from);
  if (!m || period.to !== `${Number(m[1]) + 1}-08-31`) return undefined;
  return `${m[1]}-${Number(m[1]) + 1}`;
}

export const isoToDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
