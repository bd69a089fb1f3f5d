// Reads an answer the way school heads type it on a phone, then checks it against the indicator's rule.
import { z } from "zod";
import type { AnswerError, AnswerValue, IndicatorRule, ParseResult } from "./answer-value.js";

/** Beyond this any number is a typo; it also keeps shares inside the Int columns. */
export const HARD_MAX = 1_000_000_000;
/** Longest TEXT answer when the indicator sets no maxValue: a few sentences, well under a Telegram message. */
export const TEXT_MAX_LENGTH = 1000;

// Digits with an optional sign and decimal part; thousands grouped by (non-breaking) spaces only in
// groups of three, so "5 20" is refused rather than read as 520.
const NUMBER = /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?$/;
const SHARE = /^(.+?)\s*(?:\/|из|of)\s*(.+)$/iu;
const YES = new Set(["да", "д", "есть", "имеется", "yes", "y", "+", "1", "true"]);
const NO = new Set(["нет", "н", "отсутствует", "no", "n", "-", "0", "false"]);

export function parseAnswer(indicator: IndicatorRule, raw: string): ParseResult {
  const input = raw.trim();
  switch (indicator.kind) {
    case "SHARE": {
      const match = SHARE.exec(input);
      if (!match) return fail("share-format"); // a bare number or percentage cannot be summed over schools
      const numerator = readNumber(match[1] ?? "");
      const denominator = readNumber(match[2] ?? "");
      if (numerator === undefined || denominator === undefined) return fail("not-a-number");
      return validateAnswer(indicator, { kind: "SHARE", numerator, denominator });
    }
    case "COUNT": {
      const number = readNumber(input);
      if (number === undefined) return fail("not-a-number");
      return validateAnswer(indicator, { kind: "COUNT", number });
    }
    case "BOOLEAN": {
      const word = input.toLowerCase().replace(/[.!]+$/u, "").replace(/^[\u2013\u2014]$/u, "-");
      if (YES.has(word)) return { ok: true, value: { kind: "BOOLEAN", flag: true } };
      if (NO.has(word)) return { ok: true, value: { kind: "BOOLEAN", flag: false } };
      return fail("yes-no-expected");
    }
    case "TEXT":
      return validateAnswer(indicator, { kind: "TEXT", text: input });
  }
}

/**
 * Checks a value against the indicator's bounds. Used for parsed text and for values that arrive already
 * parsed. A value of another kind is a caller's bug, not a typing mistake: it throws.
 */
export function validateAnswer(indicator: IndicatorRule, value: AnswerValue): ParseResult {
  if (value.kind !== indicator.kind) throw new Error(`answer of kind ${value.kind} for a ${indicator.kind} indicator`);
  const min = indicator.minValue ?? 0;
  const max = Math.min(indicator.maxValue ?? HARD_MAX, HARD_MAX);
  const textMax = indicator.maxValue ?? TEXT_MAX_LENGTH;
  const schema = cachedSchema(indicator, min, max, textMax);
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data as AnswerValue };
  const code = (result.error.issues[0]?.message ?? "not-a-number") as AnswerError["code"];
  return { ok: false, error: errorFor(code, { min, max, textMax, value }) };
}

// Building a zod schema costs far more than running it; an indicator's rule changes rarely, so keep them.
const schemas = new Map<string, z.ZodType>();

function cachedSchema(indicator: IndicatorRule, min: number, max: number, textMax: number): z.ZodType {
  const key = `${indicator.kind}:${indicator.integer}:${min}:${max}:${textMax}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = schemaFor(indicator, min, max, textMax)));
  return schema;
}

function schemaFor(indicator: IndicatorRule, min: number, max: number, textMax: number): z.ZodType {
  // Numbers of people are whole; the SHARE columns are integers whatever the indicator says.
  const number = (integer: boolean) => {
    let schema = z.number({ error: "not-a-number" });
    if (integer) schema = schema.int({ error: "not-integer" });
    return schema.min(min, { error: "below-min" }).max(max, { error: "above-max" });
  };
  switch (indicator.kind) {
    case "SHARE":
      return z
        .object({ kind: z.literal("SHARE"), numerator: number(true), denominator: number(true) })
        // "0 из 0" stays valid: a school with no young teachers must still be able to answer.
        .refine((v) => v.denominator > 0 || v.numerator === 0, { error: "zero-denominator" })
        .refine((v) => v.numerator <= v.denominator, { error: "numerator-above-denominator" });
    case "COUNT":
      return z.object({ kind: z.literal("COUNT"), number: number(indicator.integer) });
    case "BOOLEAN":
      return z.object({ kind: z.literal("BOOLEAN"), flag: z.boolean({ error: "yes-no-expected" }) });
    case "TEXT":
      return z.object({
        kind: z.literal("TEXT"),
        text: z.string().trim().min(1, { error: "text-empty" }).max(textMax, { error: "text-too-long" }),
      });
  }
}

function errorFor(
  code: AnswerError["code"],
  ctx: { min: number; max: number; textMax: number; value: AnswerValue },
): AnswerError {
  switch (code) {
    case "below-min":
      return { code, params: { min: ctx.min } };
    case "above-max":
      return { code, params: { max: ctx.max } };
    case "text-too-long":
      return { code, params: { max: ctx.textMax } };
    case "numerator-above-denominator": {
      const v = ctx.value as Extract<AnswerValue, { kind: "SHARE" }>;
      return { code, params: { numerator: v.numerator, denominator: v.denominator } };
    }
    default:
      return { code, params: {} } as AnswerError;
  }
}

function readNumber(text: string): number | undefined {
  const normalised = text.trim().replace(/^\u2212/u, "-");
  if (!NUMBER.test(normalised)) return undefined;
  const number = Number(normalised.replace(/[ \u00a0\u202f]/gu, "").replace(",", "."));
  return Number.isFinite(number) ? number : undefined;
}

function fail(code: "not-a-number" | "share-format" | "yes-no-expected"): ParseResult {
  return { ok: false, error: { code, params: {} } };
}
