// Another year's working-day calendar from a CSV (header `date,kind[,note]`, or `;`-separated). All or
// nothing, every bad line reported, like schools:import. The file replaces the stored rows of the years it
// covers, so loading a corrected file twice changes nothing the second time.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../people/parse-input.js";
import { auditActorId, isSystemActor, type Caller } from "../people/system-actor.js";
import { DomainError } from "../errors.js";
import { readCsv } from "../schools/read-csv.js";
import { parseLocalDateText, type LocalDate } from "./local-date.js";
import { DEFAULT_COUNTRY } from "./load-working-calendar.js";
import type { CalendarDayKind } from "./working-calendar.js";

const inputSchema = z.object({
  csv: z.string().max(1_000_000, "the file is larger than 1 MB"),
  country: z.string().regex(/^[A-Z]{2}$/, "a two-letter country code such as RU").default(DEFAULT_COUNTRY),
});

export interface ImportCalendarResult {
  years: number[];
  days: number;
  /** non-empty: nothing was imported */
  errors: { line: number; message: string }[];
}

const KIND_WORDS: Record<string, CalendarDayKind> = {
  non_working: "NON_WORKING",
  nonworking: "NON_WORKING",
  holiday: "NON_WORKING",
  off: "NON_WORKING",
  нерабочий: "NON_WORKING",
  выходной: "NON_WORKING",
  праздник: "NON_WORKING",
  shortened: "SHORTENED",
  short: "SHORTENED",
  сокращенный: "SHORTENED",
  сокращённый: "SHORTENED",
  предпраздничный: "SHORTENED",
  working: "WORKING",
  рабочий: "WORKING",
};

const HEADER: Record<string, "date" | "kind" | "note"> = {
  date: "date",
  дата: "date",
  kind: "kind",
  type: "kind",
  тип: "kind",
  note: "note",
  comment: "note",
  примечание: "note",
  комментарий: "note",
};

interface Row {
  date: LocalDate;
  kind: CalendarDayKind;
  note: string | null;
}

export async function importCalendar(deps: DomainDeps, caller: Caller, input: { csv: string; country?: string }): Promise<ImportCalendarResult> {
  const { csv, country } = parseInput(inputSchema, input);
  // The calendar is the country's, shared by every municipality: only the installer (the CLI) changes it.
  if (!isSystemActor(caller)) throw new DomainError("forbidden");
  const { rows, errors } = parseRows(csv);
  if (errors.length > 0) return { years: [], days: 0, errors: errors.sort((a, b) => a.line - b.line) };
  const years = [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort();
  await deps.db.$transaction(async (tx) => {
    for (const year of years) {
      await tx.calendarDay.deleteMany({
        where: { country, date: { gte: new Date(`${year}-01-01T00:00:00Z`), lte: new Date(`${year}-12-31T00:00:00Z`) } },
      });
    }
    await tx.calendarDay.createMany({
      data: rows.map((r) => ({ country, date: new Date(`${r.date}T00:00:00Z`), kind: r.kind, note: r.note })),
    });
    await recordAudit(tx, { at: deps.now(), actorId: auditActorId(caller), action: "calendar.import", entity: "CalendarDay", entityId: country, data: { years, days: rows.length } });
  });
  return { years, days: rows.length, errors: [] };
}

function parseRows(csv: string): { rows: Row[]; errors: ImportCalendarResult["errors"] } {
  const { records, errors } = readCsv(csv);
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [...errors, { line: 1, message: "the file is empty: expected a header date,kind[,note]" }] };
  const columns = header.fields.map((f) => HEADER[f.trim().toLowerCase()]);
  const dateAt = columns.indexOf("date");
  const kindAt = columns.indexOf("kind");
  const noteAt = columns.indexOf("note");
  if (dateAt < 0 || kindAt < 0) {
    return { rows: [], errors: [...errors, { line: header.line, message: `the header must name the columns date and kind (found: ${header.fields.join(", ") || "nothing"})` }] };
  }
  if (data.length === 0 && errors.length === 0) errors.push({ line: header.line, message: "no days after the header" });
  const rows: Row[] = [];
  const firstLine = new Map<LocalDate, number>();
  for (const record of data) {
    const rawDate = record.fields[dateAt] ?? "";
    const rawKind = (record.fields[kindAt] ?? "").trim();
    const problems: string[] = [];
    const date = parseLocalDateText(rawDate);
    if (!date) problems.push(`date "${rawDate.trim()}" is not a date (2027-01-01 or 01.01.2027)`);
    const kind = KIND_WORDS[rawKind.toLowerCase().replace(/[\s-]+/g, "_")];
    if (!kind) problems.push(`kind "${rawKind}" is not one of non-working, shortened, working`);
    const earlier = date ? firstLine.get(date) : undefined;
    if (earlier !== undefined) problems.push(`the same date as line ${earlier}`);
    if (problems.length > 0 || !date || !kind) {
      errors.push({ line: record.line, message: problems.join("; ") });
      continue;
    }
    firstLine.set(date, record.line);
    const note = noteAt >= 0 ? (record.fields[noteAt] ?? "").trim().slice(0, 200) : "";
    rows.push({ date, kind, note: note || null });
  }
  return { rows, errors };
}
