// Deadlines are moments in the municipality's time zone. Intl knows every zone's offsets, so no library.

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using it, and a workbook of
// 1,000 schools formats a date on every row.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The parts of `moment` as a clock in `timeZone` shows them. */
export function toLocal(moment: Date, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(moment);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** The moment at which a clock in `timeZone` shows `local`. */
export function fromLocal(local: LocalDateTime, timeZone: string): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Two passes settle the offset even next to a DST change (Russia has none now, but zones elsewhere do).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = toLocal(new Date(guess), timeZone);
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute);
    guess += asUtc - shownUtc;
  }
  return new Date(guess);
}

/** "30.11.2026 18:00" in the given zone, for messages. */
export function formatLocal(moment: Date, timeZone: string, withTime = true): string {
  const l = toLocal(moment, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${pad(l.day)}.${pad(l.month)}.${l.year}`;
  return withTime ? `${date} ${pad(l.hour)}:${pad(l.minute)}` : date;
}

/** Days people name rather than type: «сегодня», «завтра», «послезавтра» (and the English words). */
const NAMED_DAYS: Record<string, number> = { сегодня: 0, завтра: 1, послезавтра: 2, today: 0, tomorrow: 1 };

/**
 * Reads a date as people type it: "30.11.2026", "30.11.26", "30.11" (this or next year), «завтра», optionally
 * with "18:00" («завтра в 18:00»). A date without a time means the end of that day for deadlines, its start
 * for openings.
 */
export function parseLocalDate(
  raw: string,
  timeZone: string,
  now: Date,
  defaultTime: { hour: number; minute: number },
): Date | undefined {
  const named = /^\s*([a-zа-яё]+)(?:[\s,]+(?:в\s+|at\s+)?(\d{1,2})[:.](\d{2}))?\s*$/.exec(raw.toLowerCase());
  const offset = named ? NAMED_DAYS[named[1]!.replace(/ё/g, "е")] : undefined;
  if (named && offset !== undefined) {
    const today = toLocal(now, timeZone);
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const hour = named[2] === undefined ? defaultTime.hour : Number(named[2]);
    const minute = named[3] === undefined ? defaultTime.minute : Number(named[3]);
    if (hour > 23 || minute > 59) return undefined;
    return fromLocal({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour, minute }, timeZone);
  }
  const match = /^\s*(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?(?:[\s,]+(\d{1,2})[:.](\d{2}))?\s*$/.exec(raw);
  if (!match) return undefined;
  const [, d, m, y, hh, mm] = match;
  const today = toLocal(now, timeZone);
  const day = Number(d);
  const month = Number(m);
  let year = y === undefined ? today.year : Number(y.length === 2 ? `20${y}` : y);
  if (y === undefined && (month < today.month || (month === today.month && day < today.day))) year += 1;
  const hour = hh === undefined ? defaultTime.hour : Number(hh);
  const minute = mm === undefined ? defaultTime.minute : Number(mm);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return fromLocal({ year, month, day, hour, minute }, timeZone);
}
