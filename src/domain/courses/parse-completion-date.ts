// Completion dates as heads type them: 30.06.2023, 30.06.23, 30/06/2023, 2023-06-30, «30 июня 2023».
// A date that does not exist (31.02.2023) is told apart from text that is no date at all.

export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: "not-a-date" | "no-such-date" };

const MONTHS: Record<string, number> = {
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

export function parseCompletionDate(text: string): ParsedDate {
  const s = text.trim().toLowerCase().replace(/\s*г\.?$/, "").replace(/\s*года?$/, "");
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (m) return build(Number(m[3]!.length === 2 ? `20${m[3]}` : m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([а-яё]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3)] ?? (m[2] === "мая" ? 5 : undefined);
    if (month !== undefined) return build(Number(m[3]), month, Number(m[1]));
  }
  return { ok: false, reason: "not-a-date" };
}

/** A calendar date as an ISO string, from a JavaScript Date holding it at UTC midnight (Excel cells). */
export function isoFromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function build(year: number, month: number, day: number): ParsedDate {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
    return month > 12 || day > 31 || month < 1 || day < 1 ? { ok: false, reason: "no-such-date" } : { ok: false, reason: "not-a-date" };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return { ok: false, reason: "no-such-date" };
  return { ok: true, iso: isoFromUtcDate(date) };
}

/** "30.06.2023" for messages. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}
