import { and, asc, count, desc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { pageSearchedInRowLanguage, type StoredSearchDocument } from '../../../db/text-search.ts';
import type { ProposalState } from '../../../engines/proposal-rules/index.ts';
import { inPlace } from '../../tenancy/tenancy.queries.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { dialogSearchLanguages } from '../search-languages.ts';
import type { ProposalRow } from './proposals.queries.ts';
import { proposals } from './proposals.schema.ts';

/**
 * What a list of proposals is narrowed to. `states` are those the asker may see, already narrowed
 * to the one chosen; the rest filter nothing when absent.
 */
export type ProposalListFilter = {
  states: readonly ProposalState[];
  municipalityId?: string | undefined;
  country?: string | undefined;
  countyId?: string | undefined;
  topic?: string | undefined;
  district?: string | undefined;
  /** Search text, already normalised (`normaliseSearchText`); empty for none. */
  text?: string | undefined;
};

/** A listed proposal: the row without its search columns, and the municipality it belongs to. */
export type ListedProposal = ProposalRow & { municipalityName: string };

export type ProposalList = {
  total: number;
  items: ListedProposal[];
  /** True when nothing matched the text in full text and the proposals listed are similar words. */
  similarOnly: boolean;
};

const {
  searchConfig: _config,
  searchVector: _vector,
  searchTitle: _title,
  searchBody: _body,
  ...shownColumns
} = getTableColumns(proposals);

const stored: StoredSearchDocument = {
  vector: proposals.searchVector,
  title: proposals.searchTitle,
  body: proposals.searchBody,
};

const newestFirst = [desc(proposals.createdAt), asc(proposals.id)];

function filterWhere(db: Db, f: ProposalListFilter): SQL | undefined {
  return and(
    f.municipalityId ? eq(proposals.municipalityId, f.municipalityId) : undefined,
    inPlace(db, proposals.municipalityId, f),
    inArray(proposals.state, [...f.states]),
    f.topic ? eq(proposals.topic, f.topic) : undefined,
    f.district ? eq(proposals.district, f.district) : undefined,
  );
}

async function pageOfRows(
  db: Db,
  where: SQL | undefined,
  order: SQL[],
  page: { offset: number; limit: number },
) {
  const [total] = await db.select({ n: count() }).from(proposals).where(where);
  const n = total?.n ?? 0;
  // An empty list asks no more: nothing to read a page of.
  if (n === 0) return { total: 0, items: [] as ListedProposal[] };
  const items = await db
    .select({ ...shownColumns, municipalityName: municipalities.name })
    .from(proposals)
    .innerJoin(municipalities, eq(municipalities.id, proposals.municipalityId))
    .where(where)
    .orderBy(...order)
    .offset(page.offset)
    .limit(page.limit);
  return { total: n, items: items as ListedProposal[] };
}

/**
 * One page of proposals, newest first, and how many there are in all; with a text, those that
 * match it best first: in full text, each proposal in its municipality's language, and only when
 * none does, those with similar words (typing errors). Every filter and the order are answered by
 * an index (proposals.schema.ts); at most three queries, and four with similar words.
 */
export async function listProposals(
  db: Db,
  f: ProposalListFilter,
  page: { offset: number; limit: number },
): Promise<ProposalList> {
  const where = filterWhere(db, f);
  if (!f.text) return { ...(await pageOfRows(db, where, newestFirst, page)), similarOnly: false };
  return pageSearchedInRowLanguage(
    db,
    { text: f.text, langs: dialogSearchLanguages, config: proposals.searchConfig, doc: stored },
    where,
    newestFirst,
    (tx, condition, order) => pageOfRows(tx, condition, order, page),
  );
}

/** The districts the municipality's proposals name (among those listed to anyone), A to Ö. */
export async function districtsOf(
  db: Db,
  municipalityId: string,
  states: readonly ProposalState[],
) {
  const rows = await db
    .selectDistinct({ district: proposals.district })
    .from(proposals)
    .where(
      and(eq(proposals.municipalityId, municipalityId), inArray(proposals.state, [...states])),
    );
  return rows
    .map((r) => r.district)
    .filter((d) => d !== '')
    .sort((a, b) => a.localeCompare(b, 'sv'));
}
