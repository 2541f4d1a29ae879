import { normaliseSearchText } from '../../../web/search.ts';
import type { ChallengeListFilter } from './challenge-lists.queries.ts';
import { type ChallengeState, challengeStates } from './challenges.policy.ts';

/** The filters of a list of challenges as asked for; '' where none is chosen. */
export type AskedChallenges = {
  state: ChallengeState | '';
  q: string;
  country: string;
  county: string;
};

/**
 * The filters from a query string; a value the list does not know filters nothing. A county is
 * one of `countyIds` (the registry's), for the network's list.
 */
export function askedChallenges(
  query: (name: string) => string | undefined,
  countyIds: ReadonlySet<string> = new Set(),
): AskedChallenges {
  const state = query('state') ?? '';
  const country = query('country') ?? '';
  const county = query('county') ?? '';
  return {
    state: (challengeStates as readonly string[]).includes(state) ? (state as ChallengeState) : '',
    q: normaliseSearchText(query('q')),
    country: country === 'SE' || country === 'NO' ? country : '',
    county: countyIds.has(county) ? county : '',
  };
}

/** What the query narrows the list to, for `listChallenges`. */
export function challengeFilterOf(asked: AskedChallenges): ChallengeListFilter {
  return {
    state: asked.state || undefined,
    text: asked.q || undefined,
    country: asked.country || undefined,
    countyId: asked.county || undefined,
  };
}
