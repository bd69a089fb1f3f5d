// The columns of a completions file, as the template writes them and as people rename them.
import { textKey } from "../text-key.js";

export type CompletionColumn = "teacher" | "course" | "provider" | "date" | "certificate";

export const TEMPLATE_HEADERS: Record<CompletionColumn, string> = {
  teacher: "ФИО педагога",
  course: "Курс (программа)",
  provider: "Организация",
  date: "Дата окончания",
  certificate: "Номер удостоверения",
};

export const REQUIRED_COLUMNS: CompletionColumn[] = ["teacher", "course", "date"];

const ALIASES: Record<string, CompletionColumn> = {
  "фио педагога": "teacher",
  фио: "teacher",
  педагог: "teacher",
  "фио педагогического работника": "teacher",
  курс: "course",
  "курс программа": "course",
  программа: "course",
  "название курса": "course",
  "наименование программы": "course",
  организация: "provider",
  "организация провайдер": "provider",
  провайдер: "provider",
  "где обучался": "provider",
  "дата окончания": "date",
  дата: "date",
  "дата окончания курсов": "date",
  "номер удостоверения": "certificate",
  удостоверение: "certificate",
  "номер документа": "certificate",
};

/** Column positions by meaning; unknown headers are ignored (a head may add a "Примечание" column). */
export function mapHeader(cells: string[]): Partial<Record<CompletionColumn, number>> {
  const found: Partial<Record<CompletionColumn, number>> = {};
  cells.forEach((cell, index) => {
    const column = ALIASES[textKey(cell)];
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}
