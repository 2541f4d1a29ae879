import { type ProposalState, publicStates } from '../../../engines/proposal-rules/index.ts';
import { normaliseSearchText } from '../../../web/search.ts';
import type { ProposalListFilter } from './proposal-lists.queries.ts';
import { type ProposalTopic, proposalTopics } from './proposals.policy.ts';

/** The filters of a list of proposals as asked for; '' where none is chosen. */
export type AskedProposals = {
  state: ProposalState | '';
  topic: ProposalTopic | '';
  district: string;
  q: string;
  country: string;
  county: string;
};

const oneOf = <T extends string>(values: readonly T[], raw: string | undefined): T | '' =>
  (values as readonly string[]).includes(raw ?? '') ? (raw as T) : '';

/** The states a list shows: staff also see what waits for screening; nobody lists drafts or refused ones. */
export const listedStates = (staff: boolean): readonly ProposalState[] =>
  staff ? ['screening', ...publicStates] : publicStates;

/**
 * The filters from a query string. A value the list does not know (a state the asker may not
 * list, a topic that is none) filters nothing: the list as if it were not given. A district is
 * free text as proposers write it, so it is kept as asked (up to the column's 100 characters); a
 * county is checked against the registry by the caller (`countyIds`).
 */
export function askedProposals(
  query: (name: string) => string | undefined,
  opts: { staff: boolean; countyIds?: ReadonlySet<string> },
): AskedProposals {
  const county = query('county') ?? '';
  return {
    state: oneOf(listedStates(opts.staff), query('state')),
    topic: oneOf(proposalTopics, query('topic')),
    // Cut by characters, not UTF-16 units, so no half of a pair is left to store or compare.
    district: Array.from(normaliseSearchText(query('district')))
      .slice(0, 100)
      .join(''),
    q: normaliseSearchText(query('q')),
    country: oneOf(['SE', 'NO'], query('country')),
    county: opts.countyIds?.has(county) ? county : '',
  };
}

/** What the query narrows the list to, for `listProposals`. */
export function listFilterOf(asked: AskedProposals, staff: boolean): ProposalListFilter {
  return {
    states: asked.state ? [asked.state] : listedStates(staff),
    topic: asked.topic || undefined,
    district: asked.district || undefined,
    text: asked.q || undefined,
    country: asked.country || undefined,
    countyId: asked.county || undefined,
  };
}
