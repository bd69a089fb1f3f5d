// «Срок: …» as protocols write it: «30.06.2023», «30.06.2023 г.», «до 1 сентября 2023 г.», «постоянно».
// Pure: a calendar date (the deadline is the end of that day in the municipality's zone), standing, or not read.

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export type ProtocolDeadline =
  | { kind: "date"; date: CalendarDate }
  | { kind: "standing" }
  | { kind: "unreadable"; raw: string };

const MONTHS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
const MONTH_WORD = /^(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:я|а|ь|й|е)?$/;

const STANDING = /^(постоянно|систематически|регулярно|на постоянной основе|в течение всего периода)$/;

/**
 * Reads a deadline. `reference` (the meeting date) supplies the year when it is left out: the first such day
 * on or after the meeting.
 */
export function parseProtocolDeadline(raw: string, reference?: CalendarDate): ProtocolDeadline {
  const text = raw
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;,]+$/, "")
    .trim();
  if (STANDING.test(text)) return { kind: "standing" };
  const body = text.replace(/^(до|не позднее|не позже|к)\s+/, "").replace(/\s*(г\.?|года?)$/, "").trim();

  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(body);
  if (numeric) return checked(raw, Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3]!));

  const worded = /^(\d{1,2})\s+([а-я]+)(?:\s+(\d{4}))?$/.exec(body);
  if (worded) {
    const monthMatch = MONTH_WORD.exec(worded[2]!);
    if (monthMatch) {
      const month = MONTHS.indexOf(monthMatch[1]!) + 1;
      const day = Number(worded[1]);
      const year = worded[3] ? Number(worded[3]) : yearOnOrAfter(reference, month, day);
      if (year !== undefined) return checked(raw, day, month, year);
    }
  }
  return { kind: "unreadable", raw: raw.trim() };
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function yearOnOrAfter(reference: CalendarDate | undefined, month: number, day: number): number | undefined {
  if (!reference) return undefined;
  const before = month < reference.month || (month === reference.month && day < reference.day);
  return before ? reference.year + 1 : reference.year;
}

function checked(raw: string, day: number, month: number, year: number): ProtocolDeadline {
  const valid =
    month >= 1 && month <= 12 && day >= 1 && year >= 2000 && year <= 2100 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  return valid ? { kind: "date", date: { year, month, day } } : { kind: "unreadable", raw: raw.trim() };
}

/** "30.06.2023" */
export function formatCalendarDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}.${String(d.month).padStart(2, "0")}.${d.year}`;
}

/** "2023-06-30", the form the domain's inputs use. */
export function isoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function fromIsoDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}
