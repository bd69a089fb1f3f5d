// The schedule reader: a phrase as the roadmaps write it («декабрь 2022 - январь 2023», «Ежегодно (ноябрь)»,
// «по плану МО ПК») → what it means. A phrase it cannot read comes back UNREAD with a reason, never guessed.
import { addDays, calendarDate, endOfMonth, isValidDay, lastDayOfMonth } from "./calendar-date.js";
import { yearEndMonth, type PlanPeriod } from "./plan-period.js";
import { MONTH, monthNumber } from "./russian-months.js";
import { schedule, unread, type Schedule } from "./schedule.js";

export interface ReadScheduleResult {
  /** the phrase as written, line breaks kept */
  text: string;
  schedule: Schedule;
  /** what a parenthesis adds («по отдельному графику»), kept beside the reading */
  note: string | null;
}

export function readSchedule(text: string, period: PlanPeriod | null): ReadScheduleResult {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return { text, schedule: unread("empty"), note: null };
  const whole = readPhrase(lines.join(" "), period);
  if (whole.schedule.kind !== "UNREAD" || lines.length === 1) return { text, ...whole };
  // One cell, several phrases («в течение года / февраль 2023»): which one is the item's deadline is not ours
  // to choose, unless they all say the same.
  const each = lines.map((line) => readPhrase(line, period));
  const first = JSON.stringify(each[0]!.schedule);
  if (each.every((r) => r.schedule.kind !== "UNREAD" && JSON.stringify(r.schedule) === first)) return { text, ...each[0]! };
  return { text, schedule: unread("several"), note: null };
}

function readPhrase(phrase: string, period: PlanPeriod | null): Omit<ReadScheduleResult, "text"> {
  const { main: written, notes: writtenNotes } = splitNotes(phrase.replace(/\s+/g, " "));
  const main = normalize(written);
  const notes = writtenNotes.map(normalize);
  const note = writtenNotes.length > 0 ? writtenNotes.join("; ") : null;
  if (!main) return { schedule: notes.length > 0 ? readMain(notes.join(" "), period) : unread("empty"), note: null };
  const read = readMain(main, period);
  // «Декабрь 2021 г. (далее - ежегодно)»: the first time, then every year in the same month.
  if (notes.some((n) => /далее\s*-?\s*ежегодно/.test(n)) && read.dueOn && (read.kind === "DATE" || read.kind === "RANGE")) {
    return { schedule: yearlyFrom(read), note };
  }
  // «Ежегодно (ноябрь)», «Ежегодно (не позднее ноября …)»: the month is in the parenthesis.
  if (read.kind === "YEARLY" && /^(ежегодно|раз в год|1 раз в год|один раз в год)$/.test(main)) {
    const month = notes.map((n) => new RegExp(MONTH).exec(n)).find(Boolean);
    if (month) return { schedule: schedule("YEARLY", { month: monthNumber(month[1]!) }), note };
  }
  return { schedule: read, note };
}

function yearlyFrom(first: Schedule): Schedule {
  const [year, month, day] = first.dueOn!.split("-").map(Number) as [number, number, number];
  const startsOn = first.startsOn ?? calendarDate(year, month, 1);
  return schedule("YEARLY", { startsOn, month, day: day === lastDayOfMonth(year, month) ? null : day });
}

/** Lower case, one kind of dash and space, years without «г.»/«года», school years marked «уч». */
export function normalize(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[–—−‑]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/уч(?:ебн(?:ый|ого|ые|ых))?\.?\s*(?:год[а-я]*|гг?\.?)(?=\s|$|[-,;)])/g, "уч")
    .replace(/(\d{4})\s*(?:г\.?\s*г\.?|гг\.?|г\.?|год[а-я]*)(?=\s|$|[-,;)])/g, "$1")
    .replace(/[\s.,;:]+$/, "")
    .trim();
}

function splitNotes(text: string): { main: string; notes: string[] } {
  const notes: string[] = [];
  const main = text.replace(/\(([^)]*)\)?/g, (_, inner: string) => {
    if (inner.trim()) notes.push(inner.trim());
    return " ";
  });
  return { main: main.replace(/\s+/g, " ").replace(/[\s.,;:-]+$/, "").trim(), notes };
}

type Reader = (match: RegExpExecArray, period: PlanPeriod | null) => Schedule;

const Y = "(\\d{4})";
const M = MONTH;
const PREFIX = "(?:(до|не позднее|к|по|в срок до)\\s+)?";

// Order matters only where patterns overlap; each is anchored to the whole phrase.
const READERS: [RegExp, Reader][] = [
  [new RegExp(`^${PREFIX}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})$`), (m) => exactDate(Number(m[4]), Number(m[3]), Number(m[2]))],
  [new RegExp(`^${PREFIX}(\\d{1,2})\\s+${M}(?:\\s+${Y})?$`), (m, p) => dayOfMonth(m, p)],
  [new RegExp(`^${M}(?:\\s+${Y})?\\s*-\\s*${M}\\s+${Y}$`), (m) => monthRange(m)],
  [new RegExp(`^${PREFIX}${M}(?:\\s+${Y})?$`), (m, p) => wholeMonth(m[1], monthNumber(m[2]!), m[3], p)],
  [new RegExp(`^${Y}\\s*[-/]\\s*${Y}(\\s*уч)?$`), (m) => years(Number(m[1]), Number(m[2]), Boolean(m[3]))],
  [new RegExp(`^${Y}(\\s*уч)?$`), (m) => years(Number(m[1]), m[2] ? Number(m[1]) + 1 : Number(m[1]), Boolean(m[2]))],
  [new RegExp(`^(i|ii|1|2)(?:-?е|-?ое)?\\s+полугоди[ея](?:\\s+${Y})?$`), (m, p) => part(m[1] === "i" || m[1] === "1" ? 1 : 2, 6, m[2], p)],
  [new RegExp(`^(iv|i{1,3}|[1-4])(?:-?й)?\\s+квартал[а-я]*(?:\\s+${Y})?$`), (m, p) => part(["i", "ii", "iii", "iv"].indexOf(m[1]!) + 1 || Number(m[1]), 3, m[2], p)],
  [/^(?:ежеквартально|раз в квартал|1 раз в квартал)$/, () => schedule("QUARTERLY")],
  [/^(?:ежемесячно|раз в месяц|1 раз в месяц)$/, () => schedule("MONTHLY")],
  [/^(?:(?:2|два) раза в (?:год|уч)|раз в полугодие|1 раз в полугодие|раз в полгода|1 раз в полгода)$/, () => schedule("HALF_YEARLY")],
  [/^(?:ежегодно|раз в год|1 раз в год|один раз в год|в течение (?:года|всего года|календарного года))$/, (_, p) => schedule("YEARLY", { month: yearEndMonth(p) })],
  [new RegExp(`^ежегодно,?\\s*(?:в|до|не позднее)?\\s*${M}$`), (m) => schedule("YEARLY", { month: monthNumber(m[1]!) })],
  [/^в течение (?:уч|учебного года)$/, () => schedule("YEARLY", { month: 8 })],
  [/^(?:весь период|в течение (?:всего )?периода(?: реализации)?|на протяжении всего периода|в период реализации(?: .*)?)$/, (_, p) => (p ? schedule("DURING_PERIOD", { startsOn: p.start, dueOn: p.end }) : unread("no-year"))],
  [/^(?:постоянно|на постоянной основе|систематически)$/, () => schedule("STANDING")],
  [/^(?:по мере необходимости|по необходимости|при необходимости|по запросу)$/, () => schedule("AS_NEEDED")],
  [/^(?:по|согласно|в соответствии с) (?:отдельному )?(?:плану|графику|планом|графиком)(?: .*)?$/, () => schedule("BY_OTHER_PLAN")],
  [new RegExp(`^(после|с|начиная с)\\s+${M}(?:\\s+${Y})?$`), (m, p) => afterMonth(m[1]!, monthNumber(m[2]!), m[3], p)],
  [/^(после|с|начиная с)\s+(\d{1,2})\.(\d{1,2})\.(\d{4})$/, (m) => afterDate(m[1]!, Number(m[4]), Number(m[3]), Number(m[2]))],
];

function readMain(text: string, period: PlanPeriod | null): Schedule {
  for (const [pattern, read] of READERS) {
    const match = pattern.exec(text);
    if (match) return read(match, period);
  }
  return unread("unknown");
}

function exactDate(year: number, month: number, day: number): Schedule {
  const fullYear = year < 100 ? 2000 + year : year;
  if (!isValidDay(fullYear, month, day)) return unread("bad-date");
  return schedule("DATE", { dueOn: calendarDate(fullYear, month, day) });
}

function dayOfMonth(m: RegExpExecArray, period: PlanPeriod | null): Schedule {
  const month = monthNumber(m[3]!);
  const day = Number(m[2]);
  const year = m[4] ? Number(m[4]) : onlyYearOf(month, day, period);
  if (year === null) return unread("no-year");
  return exactDate(year, month, day);
}

function wholeMonth(prefix: string | undefined, month: number, yearText: string | undefined, period: PlanPeriod | null): Schedule {
  const year = yearText ? Number(yearText) : onlyYearOf(month, 1, period);
  if (year === null) return unread("no-year");
  // «до августа» is before August begins; «не позднее августа», «к августу» — by its end.
  if (prefix === "до" || prefix === "в срок до") return schedule("DATE", { dueOn: addDays(calendarDate(year, month, 1), -1) });
  if (prefix) return schedule("DATE", { dueOn: endOfMonth(year, month) });
  return schedule("RANGE", { startsOn: calendarDate(year, month, 1), dueOn: endOfMonth(year, month) });
}

function monthRange(m: RegExpExecArray): Schedule {
  const from = monthNumber(m[1]!);
  const to = monthNumber(m[3]!);
  const endYear = Number(m[4]);
  // «декабрь - январь 2023»: the first month is in the year before.
  const startYear = m[2] ? Number(m[2]) : from > to ? endYear - 1 : endYear;
  const startsOn = calendarDate(startYear, from, 1);
  const dueOn = endOfMonth(endYear, to);
  return startsOn <= dueOn ? schedule("RANGE", { startsOn, dueOn }) : unread("bad-date");
}

function years(first: number, last: number, school: boolean): Schedule {
  if (last < first) return unread("bad-date");
  if (school) return schedule("RANGE", { startsOn: calendarDate(first, 9, 1), dueOn: calendarDate(last === first ? first + 1 : last, 8, 31) });
  return schedule("RANGE", { startsOn: calendarDate(first, 1, 1), dueOn: calendarDate(last, 12, 31) });
}

/** A half-year (size 6) or a quarter (size 3) of a year. */
function part(index: number, size: number, yearText: string | undefined, period: PlanPeriod | null): Schedule {
  const firstMonth = (index - 1) * size + 1;
  const year = yearText ? Number(yearText) : onlyYearOf(firstMonth, 1, period);
  if (year === null) return unread("no-year");
  return schedule("RANGE", { startsOn: calendarDate(year, firstMonth, 1), dueOn: endOfMonth(year, firstMonth + size - 1) });
}

function afterMonth(word: string, month: number, yearText: string | undefined, period: PlanPeriod | null): Schedule {
  const year = yearText ? Number(yearText) : onlyYearOf(month, 1, period);
  if (year === null) return unread("no-year");
  const first = calendarDate(year, month, 1);
  return schedule("AFTER", { startsOn: word === "после" ? addDays(endOfMonth(year, month), 1) : first });
}

function afterDate(word: string, year: number, month: number, day: number): Schedule {
  if (!isValidDay(year, month, day)) return unread("bad-date");
  const date = calendarDate(year, month, day);
  return schedule("AFTER", { startsOn: word === "после" ? addDays(date, 1) : date });
}

/** A day written without a year («до 1 сентября») is read only when the plan's period holds it exactly once. */
function onlyYearOf(month: number, day: number, period: PlanPeriod | null): number | null {
  if (!period) return null;
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  const found: number[] = [];
  for (let year = first; year <= last; year++) {
    const date = calendarDate(year, month, Math.min(day, lastDayOfMonth(year, month)));
    if (date >= period.start && date <= period.end) found.push(year);
  }
  return found.length === 1 ? found[0]! : null;
}
