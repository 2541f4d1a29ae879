import type { Db } from '../../db/client.ts';
import { localeOf } from '../../web/i18n/index.ts';
import {
  bestTier,
  type Highlighted,
  type SearchHit,
  type SearchQuery,
  searchProviders,
} from '../../web/search.ts';

/** What a search found: its hits best first, and whether they were found by similarity alone. */
export type SearchOutcome = { hits: SearchHit[]; similarOnly: boolean };

const textOf = (h: Highlighted) => h.map((p) => p.text).join('');

/**
 * Asks every registered provider (each leaves out what the actor may not see) and merges their
 * hits: full-text hits only when there are any (similarity is the fallback), by rank, then title.
 */
export async function searchMunicipality(db: Db, query: SearchQuery): Promise<SearchOutcome> {
  const found: SearchHit[] = [];
  for (const provider of searchProviders()) found.push(...(await provider(db, query)));
  const collator = new Intl.Collator(localeOf[query.lang]);
  const hits = bestTier(found).sort(
    (a, b) => b.rank - a.rank || collator.compare(textOf(a.title), textOf(b.title)),
  );
  return { hits, similarOnly: hits.length > 0 && hits.every((h) => h.rank < 1) };
}
