// What a re-import changes: items matched by number (or, in a plan without numbers, by section and text),
// so importing the same document again updates the plan and says what changed instead of duplicating it.
import type { UnderstoodItem } from "./understand-plan.js";

export interface StoredItemKey {
  id: number;
  number: string | null;
  section: string | null;
  text: string;
  scheduleText: string;
  responsibleText: string;
  plannedResult: string | null;
}

export type ChangedField = "text" | "section" | "schedule" | "responsible" | "result";

export interface PlanChanges {
  added: { number: string | null; text: string }[];
  changed: { number: string | null; text: string; fields: ChangedField[] }[];
  removed: { number: string | null; text: string }[];
  unchanged: number;
}

export function itemKey(item: { number: string | null; section: string | null; text: string }): string {
  return item.number ? `#${item.number}` : `${item.section ?? ""}\u0000${item.text}`;
}

/** For each new item, the stored item it replaces (or null); and what changed. */
export function comparePlan(
  stored: StoredItemKey[],
  items: UnderstoodItem[],
): { matches: (StoredItemKey | null)[]; changes: PlanChanges; unchangedIds: number[] } {
  const unchangedIds: number[] = [];
  const byKey = new Map(stored.map((s) => [itemKey(s), s]));
  const used = new Set<number>();
  const changes: PlanChanges = { added: [], changed: [], removed: [], unchanged: 0 };
  const matches = items.map((item) => {
    const match = byKey.get(itemKey(item));
    if (!match || used.has(match.id)) {
      changes.added.push({ number: item.number, text: item.text });
      return null;
    }
    used.add(match.id);
    const fields: ChangedField[] = [];
    if (match.text !== item.text) fields.push("text");
    if ((match.section ?? null) !== item.section) fields.push("section");
    if (match.scheduleText !== item.scheduleText) fields.push("schedule");
    if (match.responsibleText !== item.responsibleText) fields.push("responsible");
    if ((match.plannedResult ?? null) !== item.result) fields.push("result");
    if (fields.length > 0) changes.changed.push({ number: item.number, text: item.text, fields });
    else {
      changes.unchanged++;
      unchangedIds.push(match.id);
    }
    return match;
  });
  for (const s of stored) if (!used.has(s.id)) changes.removed.push({ number: s.number, text: s.text });
  return { matches, changes, unchangedIds };
}
