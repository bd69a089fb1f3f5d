// Quiet hours as people write them: "21-9", "21:00-09:00", "22–8".

export interface QuietHours {
  /** local hour from which reminders wait */
  start: number;
  /** local hour until which reminders wait */
  end: number;
}

export function parseQuietHours(text: string): QuietHours | undefined {
  const match = /^\s*(\d{1,2})(?::00)?\s*[-–—]\s*(\d{1,2})(?::00)?\s*$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > 23 || end > 23 || start === end) return undefined;
  return { start, end };
}

export const formatQuietHours = (q: QuietHours): string =>
  `${String(q.start).padStart(2, "0")}:00–${String(q.end).padStart(2, "0")}:00`;
