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

const LOCAL_MOMENT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of a time zone at a moment, as the UTC milliseconds that read the same. */
function wallClock(ms: number, timeZone: string): number {
  let f = clockFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    clockFormats.set(timeZone, f);
  }
  const part = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const n = (type: string) => Number(part[type]);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
}

/**
 * The moment a wall-clock time `YYYY-MM-DDTHH:MM` (as a `datetime-local` field sends it) names in
 * a time zone, or null for anything else. A time skipped by the clocks going forward is read as
 * the same number of minutes past the change (02:30 on that night is 03:30).
 */
export function momentIn(local: string, timeZone: string): Date | null {
  const m = LOCAL_MOMENT.exec(local);
  if (!m) return null;
  const day = dayNumber(m[1] ?? '');
  const [hours, minutes] = [Number(m[2]), Number(m[3])];
  if (day === null || hours > 23 || minutes > 59) return null;
  const wall = day * DAY_MS + (hours * 60 + minutes) * 60_000;
  // The offset at a first guess, then at the moment it gives: right on either side of a change.
  const guess = wall - (wallClock(wall, timeZone) - wall);
  return new Date(wall - (wallClock(guess, timeZone) - guess));
}

/** A moment as a `datetime-local` field shows it in a time zone: `YYYY-MM-DDTHH:MM`. */
export function localMoment(moment: Date, timeZone: string): string {
  return new Date(wallClock(moment.getTime(), timeZone)).toISOString().slice(0, 16);
}
