// A value far from the school's previous-period value is more often a typo than a change: ask to confirm.
import type { AnswerValue } from "./answer-value.js";

/** A share moving by more than this many percentage points between periods is asked about. */
export const SHARE_JUMP_POINTS = 30;
/** A count growing more than this many times, or falling below its 1/this, is asked about… */
export const COUNT_JUMP_RATIO = 3;
/** …but only when it also moved by at least this much: 1 → 4 programmes is an ordinary change. */
export const COUNT_MIN_ABSOLUTE_CHANGE = 10;

export type PlausibilityResult = { plausible: true } | { plausible: false; reason: "share-jump" | "count-jump" };

export function checkPlausibility(value: AnswerValue, previous: AnswerValue | null): PlausibilityResult {
  if (previous === null || previous.kind !== value.kind) return { plausible: true };
  if (value.kind === "SHARE" && previous.kind === "SHARE") {
    // An empty group (0 из 0) has no percentage to compare.
    if (value.denominator === 0 || previous.denominator === 0) return { plausible: true };
    // |a/b − c/d| × 100 > P, cross-multiplied: whole numbers, so exactly 30 points is not "more than 30".
    const moved = Math.abs(value.numerator * previous.denominator - previous.numerator * value.denominator) * 100;
    const limit = SHARE_JUMP_POINTS * value.denominator * previous.denominator;
    return moved > limit ? { plausible: false, reason: "share-jump" } : { plausible: true };
  }
  if (value.kind === "COUNT" && previous.kind === "COUNT") {
    const now = value.number;
    const before = previous.number;
    const jumped = now > before * COUNT_JUMP_RATIO || now * COUNT_JUMP_RATIO < before;
    const large = Math.abs(now - before) >= COUNT_MIN_ABSOLUTE_CHANGE;
    return jumped && large ? { plausible: false, reason: "count-jump" } : { plausible: true };
  }
  return { plausible: true };
}
