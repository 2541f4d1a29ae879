import { dayIn, dayNumber, momentIn } from '../../../vocabulary/dates.ts';
import type { Frequency } from './following.queries.ts';

/** Digests leave at this wall-clock time, in the time zone both countries share. */
const DIGEST_TIME = '06:00';
const DIGEST_ZONE = 'Europe/Stockholm';
const DAY_MS = 86_400_000;

/** The first digest time strictly after `moment`: 06:00 the next morning, or the next Monday's. */
export function nextDigestTime(moment: Date, weekly: boolean): Date {
  const today = dayNumber(dayIn(moment, DIGEST_ZONE)) ?? Math.floor(moment.getTime() / DAY_MS);
  for (let day = today; ; day++) {
    // Day 0 (1970-01-01) was a Thursday: day + 3 is a multiple of 7 on Mondays.
    if (weekly && (day + 3) % 7 !== 0) continue;
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    const at = momentIn(`${date}T${DIGEST_TIME}`, DIGEST_ZONE);
    if (at && at > moment) return at;
  }
}

/**
 * When a person's waiting notices are to be mailed: at once, or at the first digest time after
 * the oldest of them arrived, so a digest is never sent twice in a day (or a week) and never
 * empty. Null when the person wants no notification mails.
 */
export function mailDueAt(frequency: Frequency, oldestWaiting: Date): Date | null {
  switch (frequency) {
    case 'none':
      return null;
    case 'immediately':
      return oldestWaiting;
    case 'daily':
      return nextDigestTime(oldestWaiting, false);
    case 'weekly':
      return nextDigestTime(oldestWaiting, true);
  }
}
