import {
  CRITERIA,
  type Initiative,
  type Ratings,
  REQUIREMENTS,
  type Requirement,
} from './types.ts';

/** Fields of `initiative` besides the id; all optional. */
export type InitiativeSketch = {
  department?: string;
  cost?: number;
  dependsOn?: string[];
  mandatory?: boolean;
  ratings?: Partial<Ratings>;
  /** Requirements that fail; all others are met. */
  fails?: Requirement[];
};

/**
 * Builds an initiative with sensible defaults (department `d`, cost 1, every rating 0 except
 * risk 5 — so the score is 0 unless ratings are given — and every requirement met); for tests,
 * benchmarks and examples.
 */
export function initiative(id: string, s: InitiativeSketch = {}): Initiative {
  const ratings = Object.fromEntries(CRITERIA.map((c) => [c, c === 'risk' ? 5 : 0])) as Ratings;
  Object.assign(ratings, s.ratings);
  const fails = new Set(s.fails ?? []);
  return {
    id,
    department: s.department ?? 'd',
    cost: s.cost ?? 1,
    dependsOn: s.dependsOn ?? [],
    mandatory: s.mandatory ?? false,
    ratings,
    requirements: Object.fromEntries(REQUIREMENTS.map((r) => [r, !fails.has(r)])),
  };
}
