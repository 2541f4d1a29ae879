/**
 * Time on a chart's x axis, measured in fractional years (2026.5 is the middle of 2026), so that
 * yearly values, dated measurements and the "today" marker share one continuous scale.
 */

/** A labelled tick on the x axis. */
export type AxisTick = { at: number; label: string };
/** A point of a line: x in fractional years; y null where nothing was measured (a gap, never 0). */
export type Point = { x: number; y: number | null };

const DAY_MS = 86_400_000;

/** A date (`YYYY-MM-DD` or a Date, read in UTC) as a fractional year; NaN for an unreadable date. */
export function fractionalYear(date: string | Date): number {
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return Number.NaN;
  const year = d.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + Math.floor((ms - start) / DAY_MS) / (length / DAY_MS);
}

/** Every year from the first to the last of `years`, so a year without data is a gap, not skipped. */
export function contiguousYears(years: number[]): number[] {
  const whole = years.filter((y) => Number.isInteger(y));
  if (whole.length === 0) return [];
  const lo = Math.min(...whole);
  const hi = Math.max(...whole);
  // A hand-written year far off must not produce thousands of points.
  if (hi - lo > 200) return [...new Set(whole)].sort((a, b) => a - b);
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** An axis over whole years: each year spans [y, y + 1) and its label sits in its middle. */
export function yearAxis(years: number[]): { xDomain: [number, number]; xTicks: AxisTick[] } {
  if (years.length === 0) return { xDomain: [0, 1], xTicks: [] };
  return {
    xDomain: [Math.min(...years), Math.max(...years) + 1],
    xTicks: years.map((y) => ({ at: y + 0.5, label: String(y) })),
  };
}

/** Yearly values as points in the middle of their years; a missing value stays null. */
export function yearPoints(years: number[], values: (number | null | undefined)[]): Point[] {
  return years.map((year, i) => ({ x: year + 0.5, y: values[i] ?? null }));
}

/** An axis over a span of dates (fractional years), with a tick at the start of every year in it. */
export function dateAxis(
  from: number,
  to: number,
): { xDomain: [number, number]; xTicks: AxisTick[] } {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to) === lo ? lo + 1 : Math.max(from, to);
  const ticks: AxisTick[] = [];
  for (let y = Math.ceil(lo); y <= hi && ticks.length <= 200; y++)
    ticks.push({ at: y, label: String(y) });
  if (ticks.length === 0) ticks.push({ at: (lo + hi) / 2, label: String(Math.floor(lo)) });
  return { xDomain: [lo, hi], xTicks: ticks };
}
