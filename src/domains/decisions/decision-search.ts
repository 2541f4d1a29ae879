import { highlighted } from '../../db/text-search.ts';
import { day } from '../../web/i18n/dates.ts';
import { translator } from '../../web/i18n/index.ts';
import type { SearchProvider } from '../../web/search.ts';
import { decisionHref } from './decision-link.ts';
import { searchDecisions } from './decision-search.queries.ts';

/**
 * Decisions in the municipality search; decisions are public. A hit is titled by its body and
 * date and links to it on the decisions page.
 */
export const decisionSearch: SearchProvider = async (db, query) => {
  const t = translator(query.lang);
  const rows = await searchDecisions(db, query.municipalityId, query);
  return rows.map((r) => ({
    kind: 'decisions.search.kind',
    title: [...highlighted(r.bodyName), { text: `, ${day(t, r.decidedOn)}`, marked: false }],
    snippet: highlighted(r.snippet),
    href: decisionHref(`/${query.lang}/municipalities/${query.municipalityId}/decisions`, r.id),
    rank: r.rank,
  }));
};
