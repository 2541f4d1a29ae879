import { highlighted } from '../../../db/text-search.ts';
import type { SearchProvider } from '../../../web/search.ts';
import { canSeeInternal } from '../../identity/identity.policy.ts';
import { searchInitiatives } from './initiative-search.queries.ts';

/** Initiatives in the municipality search: public ones, all of them for the municipality's staff and up. */
export const initiativeSearch: SearchProvider = async (db, query) => {
  const rows = await searchInitiatives(db, query.municipalityId, {
    text: query.text,
    lang: query.lang,
    publicOnly: !canSeeInternal(query.actor, query.municipalityId),
  });
  return rows.map((r) => ({
    kind: 'portfolio.search.kind',
    title: highlighted(r.title),
    snippet: highlighted(r.snippet),
    href: `/${query.lang}/municipalities/${query.municipalityId}/initiatives/${r.id}`,
    rank: r.rank,
  }));
};
