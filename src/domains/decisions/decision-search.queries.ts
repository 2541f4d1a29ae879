import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { SEARCH_LIMIT, type SearchLanguage, textSearch } from '../../db/text-search.ts';
import { decisionBodies, decisions } from './decisions.schema.ts';

/** A decision that matches a search; body name and snippet as headlines (see db/text-search.ts). */
export type DecisionMatch = {
  id: string;
  sequence: number;
  decidedOn: string;
  bodyName: string;
  snippet: string;
  rank: number;
};

/** The municipality's decisions whose text or body's name matches `text`, best first. */
export async function searchDecisions(
  db: Db,
  municipalityId: string,
  search: { text: string; lang: SearchLanguage },
): Promise<DecisionMatch[]> {
  const ts = textSearch(search.text, search.lang);
  const doc = { title: decisionBodies.name, body: [decisions.text] };
  const rank = ts.rank(doc);
  return db
    .select({
      id: decisions.id,
      sequence: decisions.sequence,
      decidedOn: decisions.decidedOn,
      bodyName: ts.markAll(decisionBodies.name),
      snippet: ts.snippet(decisions.text),
      rank,
    })
    .from(decisions)
    .innerJoin(decisionBodies, eq(decisionBodies.id, decisions.bodyId))
    .where(and(eq(decisions.municipalityId, municipalityId), ts.matches(doc)))
    .orderBy(desc(rank), desc(decisions.sequence))
    .limit(SEARCH_LIMIT);
}
