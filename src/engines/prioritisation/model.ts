import type { Prepared } from './prepare.ts';

/** A linear term: coefficient × variable (by canonical item index). */
export type Term = readonly [coefficient: number, item: number];

/** An extra row `Σ terms sense rhs`, used by the tie-breaking stages. */
export type Row = { name: string; terms: Term[]; sense: '<=' | '>='; rhs: number };

/** The variable of item i in the LP text. */
export const variable = (i: number) => `x${i}`;

/** Writes a number so the LP reader gets it back exactly (no exponent surprises). */
function num(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
  return v.toPrecision(17).replace(/\.?0+$/, '');
}

/** `a x1 + b x2 ...`, split over lines (the LP format allows continuation lines). */
function expression(terms: readonly Term[]): string {
  if (terms.length === 0) return `0 ${variable(0)}`;
  const parts = terms.map(([c, i], k) => {
    const sign = c < 0 ? '-' : k === 0 ? '' : '+';
    return `${sign}${sign ? ' ' : ''}${num(Math.abs(c))} ${variable(i)}`;
  });
  const lines: string[] = [];
  for (let k = 0; k < parts.length; k += 12) lines.push(parts.slice(k, k + 12).join(' '));
  return lines.join('\n   ');
}

/**
 * The portfolio model in CPLEX LP format over the available items of `p` (others are left out,
 * i.e. fixed at 0): binary x_i; `Σ cost_i x_i ≤ budget`; `x_i ≤ x_j` for each dependency i → j;
 * `x_i = 1` for forced items; per department `Σ x_i ≥ minCount` and `Σ cost_i x_i ≥ minSpend`;
 * plus `extra` rows; optimising `objective` in direction `sense`.
 */
export function buildLp(
  p: Prepared,
  sense: 'Maximize' | 'Minimize',
  objective: readonly Term[],
  extra: readonly Row[] = [],
): string {
  const vars = p.items.flatMap((x, i) => (x.available ? [i] : []));
  const out: string[] = [sense, ` obj: ${expression(objective)}`, 'Subject To'];
  const costs: Term[] = vars.map((i) => [p.items[i]!.cost, i]);
  out.push(` budget: ${expression(costs)} <= ${num(p.budget)}`);
  for (const i of vars) {
    for (const j of p.items[i]!.deps) out.push(` d${i}_${j}: ${variable(i)} - ${variable(j)} <= 0`);
  }
  p.departmentMinimums.forEach((m, k) => {
    const members = vars.filter((i) => p.items[i]!.department === m.department);
    if ((m.minCount ?? 0) > 0) {
      const terms: Term[] = members.map((i) => [1, i]);
      out.push(` mc${k}: ${expression(terms)} >= ${num(Math.ceil(m.minCount ?? 0))}`);
    }
    if ((m.minSpend ?? 0) > 0) {
      const terms: Term[] = members.map((i) => [p.items[i]!.cost, i]);
      out.push(` ms${k}: ${expression(terms)} >= ${num(m.minSpend ?? 0)}`);
    }
  });
  // Forced items as rows rather than bounds: the Binaries section resets bounds to [0, 1].
  for (const i of vars) if (p.forced.has(i)) out.push(` f${i}: ${variable(i)} >= 1`);
  for (const r of extra) out.push(` ${r.name}: ${expression(r.terms)} ${r.sense} ${num(r.rhs)}`);
  out.push('Binaries');
  for (let k = 0; k < vars.length; k += 20) {
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
