// Intl knows every IANA zone (and its canonical spelling), so no zone list is kept here.

/** The canonical IANA name ("europe/moscow" → "Europe/Moscow"), or undefined when it is not a zone. */
export function canonicalTimeZone(zone: string): string | undefined {
  // Intl also accepts offsets such as "+03:00"; deadlines need a named zone that knows its own rules.
  if (!/^[A-Za-z]/.test(zone.trim())) return undefined;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
