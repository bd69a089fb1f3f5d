// Finding a course by a few words typed on a phone: word order does not matter, a typo or two per word is
// forgiven (Levenshtein), a word may be the start of a title word. Pure: the catalogue is small enough
// (hundreds, a few thousand) to rank in memory, and ranking in JavaScript keeps PGlite and PostgreSQL alike.
import { distance } from "fastest-levenshtein";
import { textKey } from "./text-key.js";

export interface Searchable {
  id: number;
  title: string;
}

/** Typos forgiven per word: none for short words (they are too easy to confuse), more for long ones. */
function allowedTypos(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 6) return 1;
  return 2;
}

function wordCost(queryWord: string, titleWords: string[]): number | undefined {
  let best: number | undefined;
  for (const w of titleWords) {
    if (w === queryWord) return 0;
    // A prefix counts ("цифр" finds "цифровая"), from three letters so "по" does not match everything.
    if (queryWord.length >= 3 && w.startsWith(queryWord)) best = Math.min(best ?? 1, 0.5);
    const limit = allowedTypos(queryWord);
    if (limit === 0) continue;
    const d = distance(queryWord, w);
    const prefixD = w.length > queryWord.length ? distance(queryWord, w.slice(0, queryWord.length)) : d;
    const cost = Math.min(d, prefixD + 0.5);
    if (cost <= limit + 0.5 && (best === undefined || cost < best)) best = cost;
  }
  return best;
}

export interface Ranked<T> {
  item: T;
  /** 0 is a perfect match */
  cost: number;
  /** share of the query's words found */
  matched: number;
}

/** Courses every query word matches, best first. */
export function searchCourses<T extends Searchable>(items: readonly T[], query: string, limit = 8): T[] {
  return rank(items, query)
    .filter((r) => r.matched === 1)
    .slice(0, limit)
    .map((r) => r.item);
}

/** The nearest title even when not every word matches: for "не найден — похож на «…»?". */
export function closestCourse<T extends Searchable>(items: readonly T[], query: string): T | undefined {
  const best = rank(items, query)[0];
  if (best && best.matched >= 0.5) return best.item;
  // Nothing word by word: the whole title nearest by edit distance, if it is near at all.
  const key = textKey(query);
  let nearest: { item: T; d: number } | undefined;
  for (const item of items) {
    const d = distance(key, textKey(item.title));
    if (!nearest || d < nearest.d) nearest = { item, d };
  }
  return nearest && nearest.d <= Math.max(3, key.length / 3) ? nearest.item : undefined;
}

function rank<T extends Searchable>(items: readonly T[], query: string): Ranked<T>[] {
  const words = [...new Set(textKey(query).split(" ").filter((w) => w.length > 0))];
  if (words.length === 0) return [];
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const titleWords = textKey(item.title).split(" ");
    let cost = 0;
    let found = 0;
    for (const word of words) {
      const c = wordCost(word, titleWords);
      if (c === undefined) cost += 3;
      else {
        cost += c;
        found += 1;
      }
    }
    if (found === 0) continue;
    // Among equal matches the shorter title is the closer one.
    ranked.push({ item, cost: cost + titleWords.length / 100, matched: found / words.length });
  }
  return ranked.sort((a, b) => b.matched - a.matched || a.cost - b.cost);
}
