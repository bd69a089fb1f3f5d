// Puts the default catalogue in the store; safe to run on every start (upsert by code).
import type { DomainDeps } from "../deps.js";
import { DEFAULT_INDICATORS, type CatalogueIndicator } from "./catalogue.js";

export interface SeedCatalogueResult {
  created: string[];
  updated: string[];
}

export async function seedIndicatorCatalogue(
  deps: DomainDeps,
  catalogue: readonly CatalogueIndicator[] = DEFAULT_INDICATORS,
): Promise<SeedCatalogueResult> {
  const existing = new Set(
    (
      await deps.db.indicator.findMany({ where: { municipalityId: null, code: { in: catalogue.map((i) => i.code) } }, select: { code: true } })
    ).map((i) => i.code),
  );
  const result: SeedCatalogueResult = { created: [], updated: [] };
  for (const entry of catalogue) {
    const { code, titleRu, titleEn, helpRu, helpEn, integer, minValue, maxValue, position } = entry;
    // The kind is never changed: answers already given in the old kind would stop making sense.
    if (existing.has(code)) {
      await deps.db.indicator.updateMany({ where: { municipalityId: null, code }, data: { titleRu, titleEn, helpRu, helpEn, integer, minValue, maxValue, position } });
    } else {
      await deps.db.indicator.create({ data: { ...entry, municipalityId: null } });
    }
    (existing.has(code) ? result.updated : result.created).push(code);
  }
  return result;
}
