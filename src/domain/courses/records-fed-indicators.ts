// Indicators the course records can answer by themselves: the form offers the computed figure for the head to
// confirm (or correct), and keeps it beside the answer (SubmissionValue.computedNumber).
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { Period } from "./school-year.js";
import { TAG_PERSONALISED } from "./providers.js";

type Db = PrismaClient | Prisma.TransactionClient;

/** code → how the records compute it for one school and period. */
const RECORDS_FED: Record<string, (db: Db, schoolId: number, period: Period) => Promise<number>> = {
  // «Количество педагогов, прошедших повышение квалификации по персонифицированным программам»
  PERSONALISED_TRAINING_COUNT: (db, schoolId, period) => distinctTeachers(db, schoolId, period, TAG_PERSONALISED),
};

export const RECORDS_FED_CODES: readonly string[] = Object.keys(RECORDS_FED);

export function isRecordsFed(code: string): boolean {
  return code in RECORDS_FED;
}

/** The dates a campaign period covers: "2026-Q4" → October–December, "2026" → the calendar year. */
export function campaignPeriodRange(period: string): Period | undefined {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = Number(quarter[2]);
    const endMonth = q * 3;
    const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
    return { from: `${year}-${String(endMonth - 2).padStart(2, "0")}-01`, to: `${year}-${String(endMonth).padStart(2, "0")}-${lastDay}` };
  }
  const year = /^(\d{4})$/.exec(period);
  return year ? { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` } : undefined;
}

/** Values for the records-fed indicators among `codes`, for one school and campaign period. */
export async function computeRecordsFed(db: Db, schoolId: number, period: string, codes: readonly string[]): Promise<Map<string, number>> {
  const range = campaignPeriodRange(period);
  const values = new Map<string, number>();
  if (!range) return values;
  for (const code of codes) {
    const compute = RECORDS_FED[code];
    if (compute) values.set(code, await compute(db, schoolId, range));
  }
  return values;
}

async function distinctTeachers(db: Db, schoolId: number, period: Period, tag: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT COUNT(DISTINCT cc."teacherId")::int AS n
    FROM "CourseCompletion" cc
    JOIN "Teacher" t ON t.id = cc."teacherId"
    JOIN "Course" c ON c.id = cc."courseId"
    WHERE t."schoolId" = ${schoolId} AND ${tag} = ANY(c.tags)
      AND cc."completedOn" BETWEEN ${period.from}::date AND ${period.to}::date`;
  return row?.n ?? 0;
}
