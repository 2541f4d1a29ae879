import type { Prepared } from './prepare.ts';

/** A linear term: coefficient × variable (by canonical item index). */
export type Term = readonly [coefficient: number, item: number];

/** An extra row `Σ terms sense rhs`, used by the tie-breaking stages. */
export type Row = { name: string; terms: Term[]; sense: '<=' | '>='; rhs: number };

/** Items whose value is known in advance (reduced-cost fixing): index → 0 or 1. */
export type Fixed = ReadonlyMap<number, 0 | 1>;

/** The variable of item i in the LP text. */
export const variable = (i: number) => `x${i}`;

/** Writes a number so the LP reader gets it back exactly (no exponent surprises). */
function num(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
  return v.toPrecision(17).replace(/\.?0+$/, '');
}

/** `a x1 + b x2 ...`, split over lines (the LP format allows continuation lines). */
function expression(terms: readonly Term[]): string {
  const parts = terms.map(([c, i], k) => {
    const sign = c < 0 ? '-' : k === 0 ? '' : '+';
    return `${sign}${sign ? ' ' : ''}${num(Math.abs(c))} ${variable(i)}`;
  });
  const lines: string[] = [];
  for (let k = 0; k < parts.length; k += 12) lines.push(parts.slice(k, k + 12).join(' '));
  return lines.join('\n   ');
}

/** Options of `buildLp`. */
export type LpOptions = {
  /** Write the LP relaxation (0 ≤ x ≤ 1) instead of binaries. */
  relax?: boolean;
  /** Leave these items out as constants: their terms move to the right-hand sides. */
  fixed?: Fixed;
};

/** The items that are variables of the model: available and not fixed. */
export function freeItems(p: Prepared, fixed?: Fixed): number[] {
  return p.items.flatMap((x, i) => (x.available && !fixed?.has(i) ? [i] : []));
}

/**
 * The portfolio model in CPLEX LP format over the available items of `p` (others are left out,
 * i.e. fixed at 0): binary x_i; `Σ cost_i x_i ≤ budget`; `x_i ≤ x_j` for each dependency i → j;
 * `x_i = 1` for forced items; per department `Σ x_i ≥ minCount` and `Σ cost_i x_i ≥ minSpend`;
 * plus `extra` rows; optimising `objective` in direction `sense`. Items in `options.fixed` are
 * substituted by their value (a row left without variables is dropped: the fixing came from a
 * feasible optimum, so it holds).
 */
export function buildLp(
  p: Prepared,
  sense: 'Maximize' | 'Minimize',
  objective: readonly Term[],
  extra: readonly Row[] = [],
  options: LpOptions = {},
): string {
  const fixed = options.fixed;
  const all = freeItems(p);
  const vars = freeItems(p, fixed);
  const rows: Row[] = [];
  rows.push({
    name: 'budget',
    terms: all.map((i) => [p.items[i]!.cost, i]),
    sense: '<=',
    rhs: p.budget,
  });
  for (const i of all) {
    for (const j of p.items[i]!.deps) {
      rows.push({
        name: `d${i}_${j}`,
        terms: [
          [1, i],
          [-1, j],
        ],
        sense: '<=',
        rhs: 0,
      });
    }
  }
  p.departmentMinimums.forEach((m, k) => {
    const members = all.filter((i) => p.items[i]!.department === m.department);
    if ((m.minCount ?? 0) > 0) {
      const terms: Term[] = members.map((i) => [1, i]);
      rows.push({ name: `mc${k}`, terms, sense: '>=', rhs: Math.ceil(m.minCount ?? 0) });
    }
    if ((m.minSpend ?? 0) > 0) {
      const terms: Term[] = members.map((i) => [p.items[i]!.cost, i]);
      rows.push({ name: `ms${k}`, terms, sense: '>=', rhs: m.minSpend ?? 0 });
    }
  });
  // Forced items as rows rather than bounds: the Binaries section resets bounds to [0, 1].
  for (const i of all)
    if (p.forced.has(i)) rows.push({ name: `f${i}`, terms: [[1, i]], sense: '>=', rhs: 1 });
  rows.push(...extra);

  const free = (terms: readonly Term[]) => (fixed ? terms.filter(([, i]) => !fixed.has(i)) : terms);
  const out: string[] = [
    sense,
    ` obj: ${expression(free(objective)) || `0 ${variable(vars[0] ?? 0)}`}`,
    'Subject To',
  ];
  for (const r of rows) {
    let rhs = r.rhs;
    if (fixed) for (const [c, i] of r.terms) rhs -= c * (fixed.get(i) ?? 0);
    const terms = free(r.terms);
    if (terms.length === 0) continue;
    out.push(` ${r.name}: ${expression(terms)} ${r.sense} ${num(rhs)}`);
  }
  if (options.relax) {
    out.push('Bounds');
    for (const i of vars) out.push(` ${variable(i)} <= 1`);
  } else {
    out.push('Binaries');
    for (let k = 0; k < vars.length; k += 20)
      out.push(
        ` ${vars
          .slice(k, k + 20)
          .map(variable)
          .join(' ')}`,
      );
  }
  out.push('End');
  return out.join('\n');
}
