/**
 * Adjusted Rand index of two labelings of the same items (Hubert & Arabie, 1985): 1 for identical
 * partitions (up to renaming of labels), about 0 for chance agreement. Items where either label is
 * `undefined` are ignored. Two partitions that each put every item together score 1.
 */
export function adjustedRandIndex(
  a: readonly (number | string | undefined)[],
  b: readonly (number | string | undefined)[],
): number {
  const table = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const cols = new Map<number | string, number>();
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) continue;
    n++;
    const key = `${typeof x}:${x}|${typeof y}:${y}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  }
  const pairs = (k: number) => (k * (k - 1)) / 2;
  let index = 0;
  for (const v of table.values()) index += pairs(v);
  let sa = 0;
  for (const v of rows.values()) sa += pairs(v);
  let sb = 0;
  for (const v of cols.values()) sb += pairs(v);
  const total = pairs(n);
  if (total === 0) return 1;
  const expected = (sa * sb) / total;
  const max = (sa + sb) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
