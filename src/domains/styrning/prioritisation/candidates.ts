import { normaliseWeights, scoreOf, type Weights } from '../../../engines/prioritisation/index.ts';
import type { PortfolioData } from './prioritisation.queries.ts';
import { costIn, poseProblem } from './problem.ts';

/** An initiative competing for the budget year, as the scenarios page lists it. */
export type Candidate = {
  id: string;
  title: string;
  departmentId: string;
  stage: string;
  /** Its score with the given weights (0–100); null when it is left out before scoring. */
  score: number | null;
  /** Its cost in the year: investment plus running. */
  cost: number;
  mandatory: boolean;
  /** The initiative it needs that is not a candidate, when it is left out for that. */
  needs: string | null;
};

/**
 * What is at stake in a budget year before any budget is set: every initiative in a candidate
 * stage with its score (the municipality's weights, ratings as a scenario would pose them) and
 * its cost in the year, highest score first, and the total cost of them all.
 */
export function candidatesFor(
  data: PortfolioData,
  input: { year: number; weights: Weights; discountRate: number },
): { candidates: Candidate[]; totalCost: number } {
  // The budget plays no part in posing the problem; any positive figure will do.
  const posed = poseProblem(data, { ...input, budget: 1 });
  const weights = normaliseWeights(input.weights);
  const byId = new Map(data.initiatives.map((x) => [x.id, x]));
  const scored = posed.problem.initiatives.map((x) => ({
    id: x.id,
    score: weights.ok ? scoreOf(x.id, x.ratings, weights.value).score : null,
    cost: x.cost,
    needs: null as string | null,
  }));
  const blocked = Object.entries(posed.blocked).map(([id, reason]) => ({
    id,
    score: null,
    cost: costIn(data, id, input.year),
    needs: reason.code === 'out:needs' ? reason.id : null,
  }));
  const candidates = [...scored, ...blocked].flatMap((c) => {
    const x = byId.get(c.id);
    if (!x) return [];
    const row: Candidate = {
      ...c,
      title: x.title,
      departmentId: x.departmentId,
      stage: x.stage,
      mandatory: x.mandatory,
    };
    return [row];
  });
  candidates.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1),
  );
  return { candidates, totalCost: candidates.reduce((s, c) => s + c.cost, 0) };
}
