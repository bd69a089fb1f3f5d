// What a school answers for one indicator, and why a typed answer was refused. Plain data: it is stored as
// JSON in SubmissionChange and kept by the bot in conversation state.
import { z } from "zod";
import type { IndicatorKind } from "../../generated/prisma/enums.js";

export type AnswerValue =
  | { kind: "SHARE"; numerator: number; denominator: number }
  | { kind: "COUNT"; number: number }
  | { kind: "BOOLEAN"; flag: boolean }
  | { kind: "TEXT"; text: string };

/** The bot turns `code` into a message (locales: `answer-error-<code>`), with `params` as variables. */
export type AnswerError =
  | { code: "not-a-number"; params: Record<string, never> }
  | { code: "not-integer"; params: Record<string, never> }
  | { code: "below-min"; params: { min: number } }
  | { code: "above-max"; params: { max: number } }
  | { code: "share-format"; params: Record<string, never> }
  | { code: "numerator-above-denominator"; params: { numerator: number; denominator: number } }
  | { code: "zero-denominator"; params: Record<string, never> }
  | { code: "yes-no-expected"; params: Record<string, never> }
  | { code: "text-empty"; params: Record<string, never> }
  | { code: "text-too-long"; params: { max: number } };

export type AnswerErrorCode = AnswerError["code"];

export type ParseResult = { ok: true; value: AnswerValue } | { ok: false; error: AnswerError };

/** What parsing needs to know about an indicator (a subset of the Indicator row). */
export interface IndicatorRule {
  kind: IndicatorKind;
  /** Whole numbers only (COUNT; SHARE is always whole: it counts people). */
  integer: boolean;
  /** SHARE: bounds of both numbers of people; COUNT: bounds of the number; unused for BOOLEAN/TEXT. */
  minValue: number | null;
  /** As minValue; for TEXT the longest answer in characters. */
  maxValue: number | null;
}

/** Shape check for a value that arrives already parsed (bot state, JSON from history). */
export const answerValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("SHARE"), numerator: z.number(), denominator: z.number() }),
  z.object({ kind: z.literal("COUNT"), number: z.number() }),
  z.object({ kind: z.literal("BOOLEAN"), flag: z.boolean() }),
  z.object({ kind: z.literal("TEXT"), text: z.string() }),
]);

export function sameAnswer(a: AnswerValue | null, b: AnswerValue | null): boolean {
  if (a === null || b === null) return a === b;
  switch (a.kind) {
    case "SHARE":
      return b.kind === "SHARE" && a.numerator === b.numerator && a.denominator === b.denominator;
    case "COUNT":
      return b.kind === "COUNT" && a.number === b.number;
    case "BOOLEAN":
      return b.kind === "BOOLEAN" && a.flag === b.flag;
    case "TEXT":
      return b.kind === "TEXT" && a.text === b.text;
  }
}
