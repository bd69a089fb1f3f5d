// Finding a school by part of its name, the way people type it: any case, «ё» or «е», extra spaces.
// Done in JavaScript over the rows already loaded, not with ILIKE: lower() of Cyrillic depends on the
// database's locale (a C-locale PostgreSQL would not match «сош» to «СОШ»).
const collator = new Intl.Collator("ru");

// toLowerCase, not toLocaleLowerCase("ru"): the same for Cyrillic and Latin (only Turkic and Lithuanian
// rules differ) and several times faster over 4,000 names on every search.
export function normalizeSearch(text: string): string {
  return text.toLowerCase().replaceAll("ё", "е").replace(/\s+/g, " ").trim();
}

/** True when the query (already normalized) is part of the full or the short name; an empty query matches all. */
export function matchesSchool(school: { name: string; shortName: string }, query: string): boolean {
  if (query === "") return true;
  return normalizeSearch(school.name).includes(query) || normalizeSearch(school.shortName).includes(query);
}

/** Alphabetical by full name, as the results and the workbook list schools. */
export const byName = (a: { name: string }, b: { name: string }): number => collator.compare(a.name, b.name);

/** By the short name people know a school by (as pickers list them), then by id. */
export const byShortName = (a: { id: number; shortName: string }, b: { id: number; shortName: string }): number =>
  collator.compare(a.shortName, b.shortName) || a.id - b.id;

/** Page `page` (0-based, clamped to the last page) of `items`, and how many pages there are (at least 1). */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const at = Math.min(Math.max(0, page), pageCount - 1);
  return { items: items.slice(at * pageSize, (at + 1) * pageSize), page: at, pageCount };
}
