import { reasonKey } from './reasons.ts';
import type { Candidate, Reason, Selection } from './types.ts';

/** The body of `POST /api/v1/municipalities/{id}/portfolio/select` (issue item 14). */
export type SelectResponse = {
  selected: string[];
  objective: number;
  totalCost: number;
  reasons: Record<string, string>;
  candidates: Candidate[];
};

/**
 * Shapes a selection as the API's response. `describe` turns a reason into its text, e.g. a
 * translation; by default the stable key (`reasonKey`, e.g. `out:needs:i-7`).
 */
export function toSelectResponse(
  s: Selection,
  describe: (r: Reason) => string = reasonKey,
): SelectResponse {
  const reasons: Record<string, string> = {};
  for (const [id, r] of Object.entries(s.reasons)) reasons[id] = describe(r);
  return {
    selected: s.selected,
    objective: s.objective,
    totalCost: s.totalCost,
    reasons,
    candidates: s.candidates,
  };
}
