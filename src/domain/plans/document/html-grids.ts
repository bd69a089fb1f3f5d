// mammoth's HTML → grids. Merged cells come as colspan/rowspan; a cell's paragraphs (one per sub-item) are
// joined with line breaks, since the cell's plain text would run them together.
import { parse, type HTMLElement } from "node-html-parser";
import { cleanText, type DocumentGrids, type Grid, type GridCell } from "./grid.js";

export function htmlGrids(html: string): DocumentGrids {
  const root = parse(html);
  const paragraphs: string[] = [];
  const grids: Grid[] = [];
  let origin = 0;
  for (const node of root.childNodes) {
    const element = node as HTMLElement;
    if (element.tagName === "TABLE") {
      const grid = tableGrid(element, origin);
      origin += grid.cells;
      grids.push(grid.rows);
    } else {
      const text = cleanText(element.text ?? "");
      if (text) paragraphs.push(text);
    }
  }
  return { paragraphs, grids };
}

function tableGrid(table: HTMLElement, firstOrigin: number): { rows: Grid; cells: number } {
  const rows: Grid = [];
  // Positions taken by a cell with rowspan from a row above: [row][column]
  const carried = new Map<number, Map<number, GridCell>>();
  let origin = firstOrigin;
  const trs = table.querySelectorAll("tr").filter((tr) => closestTable(tr) === table);
  trs.forEach((tr, r) => {
    const row: GridCell[] = [];
    const fromAbove = carried.get(r) ?? new Map<number, GridCell>();
    let column = 0;
    const place = () => {
      while (fromAbove.has(column)) row[column] = fromAbove.get(column)!, column++;
    };
    for (const td of tr.childNodes.filter((n) => ["TD", "TH"].includes((n as HTMLElement).tagName)) as HTMLElement[]) {
      place();
      const cell: GridCell = { text: cellText(td), origin: origin++ };
      const colspan = Math.max(1, Number(td.getAttribute("colspan") ?? 1) || 1);
      const rowspan = Math.max(1, Number(td.getAttribute("rowspan") ?? 1) || 1);
      for (let c = 0; c < colspan; c++) {
        row[column + c] = cell;
        for (let down = 1; down < rowspan; down++) {
          if (!carried.has(r + down)) carried.set(r + down, new Map());
          carried.get(r + down)!.set(column + c, cell);
        }
      }
      column += colspan;
    }
    place();
    rows.push(row);
  });
  return { rows, cells: origin - firstOrigin };
}

function closestTable(node: HTMLElement): HTMLElement | null {
  let parent = node.parentNode;
  while (parent && parent.tagName !== "TABLE") parent = parent.parentNode;
  return parent;
}

function cellText(cell: HTMLElement): string {
  const blocks = cell.querySelectorAll("p, li");
  if (blocks.length === 0) return cleanText(cell.text);
  return cleanText(blocks.map((b) => b.text).join("\n"));
}
