import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../vocabulary/random.ts';
import { randomProblem } from './generate.ts';
import { selectPortfolio } from './select.ts';
import type { Problem, Selection } from './types.ts';

/** A selection without the solver's timings, which are the only thing allowed to vary. */
const stable = (s: Selection) => ({ ...s, solver: { solves: s.solver.solves } });

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rnd = seededRandom(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('determinism', () => {
  // Integer ratings and weights on 60 initiatives give many equal scores, so ties are common.
  const problem: Problem = randomProblem({
    seed: 7,
    candidates: 60,
    dependencies: 30,
    departments: 4,
    mandatoryShare: 0.03,
    failShare: 0.1,
    budgetShare: 0.3,
    cost: { min: 1, max: 5 },
    minimums: 1,
  });

  it('gives the same output for the same input, and for any order of initiatives and dependencies', async () => {
    const first = await selectPortfolio(problem);
    if (!first.ok) throw new Error(first.reason);
    const again = await selectPortfolio(problem);
    expect(again.ok && stable(again.value)).toEqual(stable(first.value));
    for (const seed of [1, 2, 3, 4, 5]) {
      const initiatives = shuffled(problem.initiatives, seed).map((x) => ({
        ...x,
        dependsOn: shuffled(x.dependsOn ?? [], seed + 100),
      }));
      const r = await selectPortfolio({ ...problem, initiatives });
      expect(r.ok && stable(r.value)).toEqual(stable(first.value));
    }
    // The instance really has ties: some unchosen candidate has the score of a chosen one.
    const chosen = new Set(first.value.selected);
    const scoresIn = new Set(
      first.value.candidates.filter((c) => chosen.has(c.id)).map((c) => c.score),
    );
    expect(first.value.candidates.some((c) => !chosen.has(c.id) && scoresIn.has(c.score))).toBe(
      true,
    );
  });
});
