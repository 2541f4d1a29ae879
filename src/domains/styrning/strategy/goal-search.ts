import { highlighted } from '../../../db/text-search.ts';
import type { SearchProvider } from '../../../web/search.ts';
import { searchGoals } from './goal-search.queries.ts';
import { canSeeStrategyDrafts } from './strategy.policy.ts';

/** Goals in the municipality search: drafts only for those who see drafts on the goals page. */
export const goalSearch: SearchProvider = async (db, query) => {
  const rows = await searchGoals(db, query.municipalityId, {
    text: query.text,
    lang: query.lang,
    publicOnly: !canSeeStrategyDrafts(query.actor, query.municipalityId),
  });
  return rows.map((r) => ({
    kind: 'strategy.search.kind',
    title: highlighted(r.title),
    snippet: highlighted(r.snippet),
    href: `/${query.lang}/municipalities/${query.municipalityId}/goals/${r.id}`,
    rank: r.rank,
  }));
};
