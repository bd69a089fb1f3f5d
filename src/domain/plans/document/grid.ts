// Every input (a Word table, a worksheet, a CSV) becomes the same grid: rows of cells, where cells merged in
// the source share an `origin`, so a section row spanning the table is told from an item with empty cells.
export interface GridCell {
  /** the cell's text; its paragraphs joined with line breaks */
  text: string;
  /** the same number for every position one merged source cell covers */
  origin: number;
}

export type Grid = GridCell[][];

export interface DocumentGrids {
  /** text outside the tables, in order: the title and anything before the plan */
  paragraphs: string[];
  grids: Grid[];
}

/** Spaces as a person reads them: non-breaking and repeated spaces collapsed, each line trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
