/** The range of PostgreSQL's `integer`, the widest integer column an address names. */
export const INTEGER_MAX = 2_147_483_647;

/**
 * A whole number written in plain decimal digits (no sign, exponent, hexadecimal, spaces or
 * leading zeros) within [min, max], or undefined. `1e308`, `0x10`, `-1` and a number past the
 * range are not read as numbers at all, so they never reach a query.
 */
export function parseStrictInteger(
  text: string,
  range: { min?: number; max?: number } = {},
): number | undefined {
  const { min = 0, max = INTEGER_MAX } = range;
  if (!/^(0|[1-9][0-9]{0,15})$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined;
}
