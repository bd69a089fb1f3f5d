// An indicator as use cases hand it out: plain data, both languages, so the bot renders either.
import type { Indicator } from "../../generated/prisma/client.js";
import type { IndicatorKind } from "../../generated/prisma/enums.js";
import type { IndicatorRule } from "./answer-value.js";

export interface IndicatorView extends IndicatorRule {
  id: number;
  code: string;
  kind: IndicatorKind;
  titleRu: string;
  titleEn: string;
  helpRu: string;
  helpEn: string;
  /** null: the shared catalogue. */
  municipalityId: number | null;
  position: number;
}

export function toIndicatorView(row: Indicator): IndicatorView {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    titleRu: row.titleRu,
    titleEn: row.titleEn,
    helpRu: row.helpRu,
    helpEn: row.helpEn,
    integer: row.integer,
    minValue: row.minValue,
    maxValue: row.maxValue,
    municipalityId: row.municipalityId,
    position: row.position,
  };
}

export const indicatorTitle = (indicator: { titleRu: string; titleEn: string }, language: "ru" | "en"): string =>
  language === "en" ? indicator.titleEn : indicator.titleRu;
