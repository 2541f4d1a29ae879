import type { YearValue } from './types.ts';

/**
 * Converts planned values stored as `{ "2027": 120, ... }` (the benefits table's jsonb) into the
 * ascending `YearValue[]` the engine takes. Keys that are not whole years become NaN years, so
 * validation reports them (`invalid-year`) instead of dropping them silently.
 */
export function plannedFromRecord(record: Readonly<Record<string, number>>): YearValue[] {
  return Object.entries(record)
    .map(([key, value]) => ({ year: /^\d{4}$/.test(key) ? Number(key) : Number.NaN, value }))
    .sort((a, b) => (Number.isNaN(a.year) ? 1 : Number.isNaN(b.year) ? -1 : a.year - b.year));
}
