// An answer lives in SubmissionValue as one of its typed columns; these convert both ways.
import type { IndicatorKind, SubmissionStatus } from "../../generated/prisma/enums.js";
import type { AnswerValue } from "../indicators/answer-value.js";

interface ValueColumns {
  numerator: number | null;
  denominator: number | null;
  number: number | null;
  flag: boolean | null;
  text: string | null;
}

/** The answer in a row, or null when the row holds none (skipped, or another kind's columns). */
export function valueFromRow(kind: IndicatorKind, row: ValueColumns & { skipped?: boolean }): AnswerValue | null {
  if (row.skipped) return null;
  switch (kind) {
    case "SHARE":
      return row.numerator === null || row.denominator === null
        ? null
        : { kind, numerator: row.numerator, denominator: row.denominator };
    case "COUNT":
      return row.number === null ? null : { kind, number: row.number };
    case "BOOLEAN":
      return row.flag === null ? null : { kind, flag: row.flag };
    case "TEXT":
      return row.text === null ? null : { kind, text: row.text };
  }
}

/** Every column set, the unused ones to null, so a row never keeps a stale answer of another shape. */
export function columnsFor(value: AnswerValue | null): ValueColumns {
  const columns: ValueColumns = { numerator: null, denominator: null, number: null, flag: null, text: null };
  if (value === null) return columns;
  switch (value.kind) {
    case "SHARE":
      return { ...columns, numerator: value.numerator, denominator: value.denominator };
    case "COUNT":
      return { ...columns, number: value.number };
    case "BOOLEAN":
      return { ...columns, flag: value.flag };
    case "TEXT":
      return { ...columns, text: value.text };
  }
}

export type SubmissionStatusView = "none" | "draft" | "submitted";

export const statusView = (submission: { status: SubmissionStatus } | null | undefined): SubmissionStatusView =>
  !submission ? "none" : submission.status === "SUBMITTED" ? "submitted" : "draft";
