import type { Db } from '../../../../db/client.ts';
import {
  type DepartmentMinimum,
  type PrioritisationFailure,
  type Problem,
  type Reason,
  type Selection,
  selectPortfolio,
  type Weights,
} from '../../../../engines/prioritisation/index.ts';
import { steeringSettingsOf } from '../../steering/steering.queries.ts';
import { portfolioData } from '../prioritisation.queries.ts';
import { DEFAULT_WEIGHTS, poseProblem } from '../problem.ts';

/** What a selection was computed from and what came out; saved as a scenario's `result`. */
export type SelectionRecord = {
  version: 1;
  selection: Selection;
  /** The problem as posed (for the sensitivity view of a saved scenario). */
  problem: Problem;
  /** Initiatives left out before solving (they need one that is not a candidate). */
  blocked: Record<string, Reason>;
};

/** Every reason: the engine's, and those of initiatives left out before solving. */
export const allReasons = (r: SelectionRecord): Record<string, Reason> => ({
  ...r.blocked,
  ...r.selection.reasons,
});

/**
 * Chooses the municipality's portfolio for a year exactly (engine `selectPortfolio`), from what is
 * in the database now. Does not save anything. Refused problems come back as the engine's failure.
 */
export async function selectFor(
  db: Db,
  municipality: { id: string; country: string },
  input: {
    year: number;
    budget: number;
    weights: Weights;
    departmentMinimums?: DepartmentMinimum[];
  },
): Promise<{ ok: true; value: SelectionRecord } | PrioritisationFailure> {
  const [data, settings] = await Promise.all([
    portfolioData(db, municipality.id),
    steeringSettingsOf(db, municipality, DEFAULT_WEIGHTS),
  ]);
  const posed = poseProblem(data, { ...input, discountRate: settings.discountRate });
  const r = await selectPortfolio(posed.problem);
  if (!r.ok) return r;
  return {
    ok: true,
    value: { version: 1, selection: r.value, problem: posed.problem, blocked: posed.blocked },
  };
}
