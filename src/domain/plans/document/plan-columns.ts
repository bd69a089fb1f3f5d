// Which column is which, whatever the headings and their order: «№ п/п», «Мероприятие» / «Наименование
// мероприятия» / «Содержание деятельности», «Сроки» / «Срок исполнения», «Ответственные», «Результат».
export type ColumnRole = "number" | "text" | "schedule" | "responsible" | "result" | "other";

export interface PlanColumn {
  role: ColumnRole;
  /** the heading as written, for the export in the original layout */
  label: string;
}

// Checked in order: «Сроки исполнения» is a schedule, «Ответственные исполнители» a responsible.
const HEADINGS: [RegExp, ColumnRole][] = [
  [/^(№|n|no|номер|п\/п|#)(\s|$|\.|п)/, "number"],
  [/срок|дата|период|когда/, "schedule"],
  [/ответствен|исполнител|кто /, "responsible"],
  [/результат|итог|отчетн|форма (отчет|завершен)|показател/, "result"],
  [/мероприят|содержани|наименовани|деятельност|действи|задач|направлени|описани/, "text"],
];

export function columnRole(heading: string): ColumnRole {
  const key = heading.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
  if (key === "№" || key === "n") return "number";
  return HEADINGS.find(([pattern]) => pattern.test(key))?.[1] ?? "other";
}

/** The columns of a header row, or null when the row is not a plan's header (it needs the activity and a deadline or a responsible). */
export function readHeader(cells: string[]): PlanColumn[] | null {
  const columns = cells.map((label) => ({ role: columnRole(label), label: label.replace(/\s+/g, " ").trim() }));
  // The first heading of each role wins; a second «Сроки» column is kept as "other".
  const seen = new Set<ColumnRole>();
  for (const column of columns) {
    if (column.role !== "other" && seen.has(column.role)) column.role = "other";
    seen.add(column.role);
  }
  const has = (role: ColumnRole) => columns.some((c) => c.role === role);
  return has("text") && (has("schedule") || has("responsible")) ? columns : null;
}
