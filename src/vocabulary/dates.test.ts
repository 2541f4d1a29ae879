import { describe, expect, it } from 'vitest';
import { dayIn, dayNumber, municipalityTimeZone } from './dates.ts';

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
