import { describe, expect, it } from 'vitest';
import { dayIn, dayNumber, localMoment, momentIn, municipalityTimeZone } from './dates.ts';

describe('dayIn', () => {
  it('is the calendar day where the municipality is, not in UTC', () => {
    // 22:30 UTC on 31 March 2026 is 00:30 on 1 April in Oslo and Stockholm (summer time).
    const late = new Date('2026-03-31T22:30:00Z');
    expect(late.toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(dayIn(late, municipalityTimeZone('NO-3203'))).toBe('2026-04-01');
    expect(dayIn(late, municipalityTimeZone('SE-0127'))).toBe('2026-04-01');
    // Half an hour earlier it is still 31 March there too.
    expect(dayIn(new Date('2026-03-31T21:59:00Z'), 'Europe/Oslo')).toBe('2026-03-31');
    expect(dayNumber(dayIn(late, 'Europe/Stockholm'))).not.toBeNull();
  });

  it('knows each country by its id', () => {
    expect(municipalityTimeZone('NO-0301')).toBe('Europe/Oslo');
    expect(municipalityTimeZone('SE-1480')).toBe('Europe/Stockholm');
  });
});

describe('momentIn and localMoment', () => {
  it('read a wall-clock time in the municipality, in winter and in summer time', () => {
    // Stockholm and Oslo are UTC+1 in winter and UTC+2 in summer.
    expect(momentIn('2027-01-15T18:00', 'Europe/Stockholm')?.toISOString()).toBe(
      '2027-01-15T17:00:00.000Z',
    );
    expect(momentIn('2027-07-01T12:30', 'Europe/Oslo')?.toISOString()).toBe(
      '2027-07-01T10:30:00.000Z',
    );
    // Either side of the change on 28 March 2027 (02:00 becomes 03:00).
    expect(momentIn('2027-03-28T01:59', 'Europe/Stockholm')?.toISOString()).toBe(
      '2027-03-28T00:59:00.000Z',
    );
    expect(momentIn('2027-03-28T03:00', 'Europe/Stockholm')?.toISOString()).toBe(
      '2027-03-28T01:00:00.000Z',
    );
  });

  it('give back what was typed, and refuse what is not a time', () => {
    for (const local of ['2027-01-15T18:00', '2027-07-01T00:00', '2027-12-31T23:59']) {
      const moment = momentIn(local, 'Europe/Oslo');
      expect(moment && localMoment(moment, 'Europe/Oslo')).toBe(local);
    }
    for (const bad of ['', '2027-02-30T10:00', '2027-01-15T24:00', '2027-01-15 18:00', 'x']) {
      expect(momentIn(bad, 'Europe/Stockholm'), bad).toBeNull();
    }
  });
});
