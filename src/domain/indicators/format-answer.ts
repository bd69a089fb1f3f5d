// Renders answers for people: "5 из 20 (25%)", "12", "да".
import type { AnswerValue } from "./answer-value.js";

export type Language = "ru" | "en";

const WORDS = {
  ru: { of: "из", yes: "да", no: "нет" },
  en: { of: "of", yes: "yes", no: "no" },
} as const;

export function formatAnswer(value: AnswerValue, language: Language): string {
  switch (value.kind) {
    case "SHARE":
      return formatShare(value.numerator, value.denominator, language);
    case "COUNT":
      return formatNumber(value.number, language);
    case "BOOLEAN":
      return value.flag ? WORDS[language].yes : WORDS[language].no;
    case "TEXT":
      return value.text;
  }
}

/** "5 из 20 (25%)"; "0 из 0" has no percentage. */
export function formatShare(numerator: number, denominator: number, language: Language): string {
  const base = `${formatNumber(numerator, language)} ${WORDS[language].of} ${formatNumber(denominator, language)}`;
  const percent = formatPercent(numerator, denominator, language);
  return percent === null ? base : `${base} (${percent})`;
}

/** "25%", "21,2%" (one decimal at most); null when the denominator is zero. */
export function formatPercent(numerator: number, denominator: number, language: Language): string | null {
  if (denominator === 0) return null;
  return `${formatNumber(Math.round((numerator / denominator) * 1000) / 10, language)}%`;
}

// Built once: constructing an Intl.NumberFormat costs far more than formatting, and results format thousands.
const NUMBER_FORMATS: Record<Language, Intl.NumberFormat> = {
  ru: new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

export function formatNumber(number: number, language: Language): string {
  return NUMBER_FORMATS[language].format(number);
}
