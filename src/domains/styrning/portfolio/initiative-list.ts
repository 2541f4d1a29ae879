import type { Context } from 'hono';
import type { SearchLanguage } from '../../../db/text-search.ts';
import type { AppEnv } from '../../../web/env.ts';
import { readModel } from '../../../web/read-model.ts';
import { type InitiativeOrder, orderInitiatives } from './initiative-order.ts';
import { type InitiativeListItem, listInitiatives } from './portfolio.queries.ts';

/** Which of a municipality's initiatives a list shows, and in which order. */
export type InitiativeListFilter = {
  publicOnly: boolean;
  stage?: string | undefined;
  departmentId?: string | undefined;
  search?: { text: string; lang: SearchLanguage } | undefined;
  order: InitiativeOrder;
  /** The alphabet titles are ordered in (`sv`, `nb`, `en`). */
  locale: string;
};

/**
 * The initiatives of a list, in its order. Without search words they come from the read model of
 * the municipality's initiatives (every one, in this order, kept until an initiative, its costs or
 * a department changes), so a list page asks the database nothing; the filters are applied here.
 * Search words are matched by the database's text search on every request.
 */
export async function findInitiatives(
  c: Context<AppEnv>,
  municipalityId: string,
  filter: InitiativeListFilter,
): Promise<readonly InitiativeListItem[]> {
  if (filter.search) {
    const found = await listInitiatives(c.get('ctx').db, municipalityId, filter);
    return orderInitiatives(found, filter.order, filter.locale);
  }
  const all = () =>
    readModel(c, `portfolio:initiatives:${municipalityId}`, async (db) =>
      Object.freeze(await listInitiatives(db, municipalityId, { publicOnly: false })),
    );
  const ordered = await readModel(
    c,
    `portfolio:initiatives:${municipalityId}:${filter.order}:${filter.locale}`,
    async () => Object.freeze(orderInitiatives(await all(), filter.order, filter.locale)),
  );
  const narrowed = () =>
    ordered.filter(
      (i) =>
        (!filter.publicOnly || i.isPublic) &&
        (!filter.stage || i.stage === filter.stage) &&
        (!filter.departmentId || i.departmentId === filter.departmentId),
    );
  // The whole list as staff or as the public see it is what most requests ask for: kept too, so
  // they are not filtered anew. Lists narrowed by stage or department (any value a query string
  // holds) are filtered per request instead of filling the read models.
  if (filter.stage || filter.departmentId) return narrowed();
  return readModel(
    c,
    `portfolio:initiatives:${municipalityId}:${filter.order}:${filter.locale}:${filter.publicOnly}`,
    async () => Object.freeze(narrowed()),
  );
}
