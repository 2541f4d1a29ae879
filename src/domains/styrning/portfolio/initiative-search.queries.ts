import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  SEARCH_LIMIT,
  type SearchDocument,
  type SearchLanguage,
  textSearch,
} from '../../../db/text-search.ts';
import { initiatives } from './portfolio.schema.ts';

/** What a search reads of an initiative: its title, the problem it solves and its idea. */
export const initiativeDocument: SearchDocument = {
  title: initiatives.title,
  body: [initiatives.problem, initiatives.idea],
};

/** An initiative that matches a search; title and snippet as headlines (see db/text-search.ts). */
export type InitiativeMatch = { id: string; title: string; snippet: string; rank: number };

/** The municipality's initiatives matching `text`, best first; `publicOnly` for visitors and residents. */
export async function searchInitiatives(
  db: Db,
  municipalityId: string,
  search: { text: string; lang: SearchLanguage; publicOnly: boolean },
): Promise<InitiativeMatch[]> {
  const ts = textSearch(search.text, search.lang);
  const rank = ts.rank(initiativeDocument);
  return db
    .select({
      id: initiatives.id,
      title: ts.markAll(initiatives.title),
      snippet: ts.snippet(initiatives.problem, initiatives.idea),
      rank,
    })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.municipalityId, municipalityId),
        search.publicOnly ? eq(initiatives.isPublic, true) : undefined,
        ts.matches(initiativeDocument),
      ),
    )
    .orderBy(desc(rank), initiatives.title)
    .limit(SEARCH_LIMIT);
}
