import { describe, expect, it } from "vitest";
import type { IndicatorRule } from "../../../src/domain/indicators/answer-value.js";
import { parseAnswer, validateAnswer } from "../../../src/domain/indicators/parse-answer.js";

const share: IndicatorRule = { kind: "SHARE", integer: true, minValue: 0, maxValue: 2000 };
const count: IndicatorRule = { kind: "COUNT", integer: true, minValue: 0, maxValue: 500 };
const decimal: IndicatorRule = { kind: "COUNT", integer: false, minValue: 1, maxValue: null };
const yesNo: IndicatorRule = { kind: "BOOLEAN", integer: true, minValue: null, maxValue: null };
const text: IndicatorRule = { kind: "TEXT", integer: false, minValue: null, maxValue: 20 };

describe("parseAnswer reads what heads type", () => {
  it.each([
    [count, "12", { kind: "COUNT", number: 12 }],
    [count, " 7 ", { kind: "COUNT", number: 7 }],
    [decimal, "12,5", { kind: "COUNT", number: 12.5 }],
    [decimal, "12.5", { kind: "COUNT", number: 12.5 }],
    [decimal, "1 234", { kind: "COUNT", number: 1234 }],
    [decimal, "1\u00a0234,5", { kind: "COUNT", number: 1234.5 }],
    [share, "5 из 20", { kind: "SHARE", numerator: 5, denominator: 20 }],
    [share, "5/20", { kind: "SHARE", numerator: 5, denominator: 20 }],
    [share, "5 / 20", { kind: "SHARE", numerator: 5, denominator: 20 }],
    [share, "5 of 20", { kind: "SHARE", numerator: 5, denominator: 20 }],
    [share, "5 ИЗ 20", { kind: "SHARE", numerator: 5, denominator: 20 }],
    [share, "5из20", { kind: "SHARE", numerator: 5, denominator: 20 }],
    [share, "1 200 из 1 500", { kind: "SHARE", numerator: 1200, denominator: 1500 }],
    [share, "0 из 0", { kind: "SHARE", numerator: 0, denominator: 0 }], // no young teachers at all
    [share, "20 из 20", { kind: "SHARE", numerator: 20, denominator: 20 }],
    [text, "  мало часов  ", { kind: "TEXT", text: "мало часов" }],
  ])("%o %j → %j", (rule, raw, value) => {
    expect(parseAnswer(rule, raw)).toEqual({ ok: true, value });
  });

  it.each(["да", "Да", "ДА.", "есть", "Имеется", "yes", "Y", "+", "1", "true"])("yes: %j", (raw) => {
    expect(parseAnswer(yesNo, raw)).toEqual({ ok: true, value: { kind: "BOOLEAN", flag: true } });
  });

  it.each(["нет", "Нет", "no", "N", "-", "—", "0", "отсутствует"])("no: %j", (raw) => {
    expect(parseAnswer(yesNo, raw)).toEqual({ ok: true, value: { kind: "BOOLEAN", flag: false } });
  });
});

describe("parseAnswer refuses bad input with a code the bot can explain", () => {
  it.each([
    [count, "", { code: "not-a-number", params: {} }],
    [count, "двенадцать", { code: "not-a-number", params: {} }],
    [count, "12 шт", { code: "not-a-number", params: {} }],
    [count, "5 20", { code: "not-a-number", params: {} }], // not a thousands group: a typo, not 520
    [count, "1,2,3", { code: "not-a-number", params: {} }],
    [count, "12,5", { code: "not-integer", params: {} }],
    [count, "-3", { code: "below-min", params: { min: 0 } }],
    [decimal, "0,5", { code: "below-min", params: { min: 1 } }],
    [count, "501", { code: "above-max", params: { max: 500 } }],
    [decimal, "2 000 000 000", { code: "above-max", params: { max: 1_000_000_000 } }],
    [share, "25%", { code: "share-format", params: {} }],
    [share, "25", { code: "share-format", params: {} }],
    [share, "", { code: "share-format", params: {} }],
    [share, "пять из двадцати", { code: "not-a-number", params: {} }],
    [share, "5 из", { code: "share-format", params: {} }],
    [share, "2,5 из 20", { code: "not-integer", params: {} }],
    [share, "21 из 20", { code: "numerator-above-denominator", params: { numerator: 21, denominator: 20 } }],
    [share, "5 из 0", { code: "zero-denominator", params: {} }],
    [share, "5 из 2001", { code: "above-max", params: { max: 2000 } }],
    [share, "-1 из 20", { code: "below-min", params: { min: 0 } }],
    [yesNo, "может быть", { code: "yes-no-expected", params: {} }],
    [yesNo, "", { code: "yes-no-expected", params: {} }],
    [text, "   ", { code: "text-empty", params: {} }],
    [text, "слишком длинный ответ на вопрос", { code: "text-too-long", params: { max: 20 } }],
  ])("%o %j → %j", (rule, raw, error) => {
    expect(parseAnswer(rule, raw)).toEqual({ ok: false, error });
  });

  it("a text indicator without maxValue allows 1000 characters", () => {
    const open: IndicatorRule = { ...text, maxValue: null };
    expect(parseAnswer(open, "я".repeat(1000)).ok).toBe(true);
    expect(parseAnswer(open, "я".repeat(1001))).toEqual({ ok: false, error: { code: "text-too-long", params: { max: 1000 } } });
  });

  it("checks an already parsed value against the same rules", () => {
    expect(validateAnswer(share, { kind: "SHARE", numerator: 30, denominator: 20 })).toEqual({
      ok: false,
      error: { code: "numerator-above-denominator", params: { numerator: 30, denominator: 20 } },
    });
    expect(validateAnswer(count, { kind: "COUNT", number: 4 })).toEqual({ ok: true, value: { kind: "COUNT", number: 4 } });
    expect(() => validateAnswer(count, { kind: "BOOLEAN", flag: true })).toThrow();
  });
});
