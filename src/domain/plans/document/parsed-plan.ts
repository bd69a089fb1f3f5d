// A plan as read from a document, before anything is understood: sections and items with their cells as written.
import type { PlanColumn } from "./plan-columns.js";

export interface ParsedItem {
  /** the number as written, without a trailing dot: «1.1», «2»; null when the table has no numbers */
  number: string | null;
  /** the section title as written, or null before the first section row */
  section: string | null;
  text: string;
  scheduleText: string;
  responsibleText: string;
  result: string | null;
  /** cells of columns the reader does not know, in column order, so the export keeps them */
  extra: string[];
  /** the row in the document, counting every table's rows from 1, for messages */
  row: number;
}

export interface ParsedPlan {
  /** the first paragraph before the table, e.g. «План мероприятий … на 2022-2025 годы» */
  title: string | null;
  columns: PlanColumn[];
  sections: string[];
  items: ParsedItem[];
  /** rows that are neither a section nor an item with text: reported, not dropped silently */
  skipped: { row: number; text: string }[];
}
