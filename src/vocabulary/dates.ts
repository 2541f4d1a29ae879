/** Milliseconds in a day; dates count in whole UTC days so time zones never matter. */
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a calendar date `YYYY-MM-DD` into a UTC day number (days since 1970-01-01).
 * Returns null for anything else, including impossible dates such as 2026-02-30.
 */
export function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a round trip exposes it.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / DAY_MS;
}

/** The calendar year of a valid `YYYY-MM-DD` date. Callers validate first. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of a moment in a time zone, as `YYYY-MM-DD` (what "today" is there). */
export function dayIn(moment: Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    // en-CA writes dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone,
    });
    dayFormats.set(timeZone, f);
  }
  return f.format(moment);
}

/** The time zone of a municipality by the country of its id (`SE-0127`, `NO-3203`). */
export function municipalityTimeZone(municipalityId: string): string {
  return municipalityId.startsWith('NO-') ? 'Europe/Oslo' : 'Europe/Stockholm';
}
