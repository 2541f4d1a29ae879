import { and, desc, eq, exists, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { SEARCH_LIMIT, type SearchLanguage, textSearch } from '../../../db/text-search.ts';
import { goals } from './strategy.schema.ts';

/** A goal that matches a search, best first; title and snippet as headlines (see db/text-search.ts). */
export type GoalMatch = { id: string; title: string; snippet: string; rank: number };

const parent = alias(goals, 'parent_goal');

/**
 * The municipality's goals matching `text` in their title and description. `publicOnly` keeps the
 * goals residents see: adopted ones, and of department goals only those under an adopted goal.
 */
export async function searchGoals(
  db: Db,
  municipalityId: string,
  search: { text: string; lang: SearchLanguage; publicOnly: boolean },
): Promise<GoalMatch[]> {
  const ts = textSearch(search.text, search.lang);
  const doc = { title: goals.title, body: [goals.description] };
  const rank = ts.rank(doc);
  const visible = search.publicOnly
    ? and(
        eq(goals.status, 'adopted'),
        or(
          isNull(goals.parentId),
          exists(
            db
              .select({ id: parent.id })
              .from(parent)
              .where(and(eq(parent.id, goals.parentId), eq(parent.status, 'adopted'))),
          ),
        ),
      )
    : undefined;
  return db
    .select({
      id: goals.id,
      title: ts.markAll(goals.title),
      snippet: ts.snippet(goals.description),
      rank,
    })
    .from(goals)
    .where(and(eq(goals.municipalityId, municipalityId), visible, ts.matches(doc)))
    .orderBy(desc(rank), goals.title)
    .limit(SEARCH_LIMIT);
}
