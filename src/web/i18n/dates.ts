import type { Translator } from './index.ts';

/**
 * A calendar date (`YYYY-MM-DD`: a decision's, a measurement's, a planned one) in the page's
 * language. Read at noon UTC, which is that same day in every Nordic time zone the page may show.
 */
export function day(t: Translator, date: string): string {
  return t.date(new Date(`${date}T12:00:00Z`));
}
