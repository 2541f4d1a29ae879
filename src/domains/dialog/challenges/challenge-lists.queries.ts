import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { pageSearchedInRowLanguage, type StoredSearchDocument } from '../../../db/text-search.ts';
import { inPlace } from '../../tenancy/tenancy.queries.ts';
import { departments, municipalities } from '../../tenancy/tenancy.schema.ts';
import { dialogSearchLanguages } from '../search-languages.ts';
import type { ChallengeState } from './challenges.policy.ts';
import { challenges } from './challenges.schema.ts';

/** What a list of challenges is narrowed to; each filters nothing when absent. */
export type ChallengeListFilter = {
  municipalityId?: string | undefined;
  country?: string | undefined;
  countyId?: string | undefined;
  state?: ChallengeState | undefined;
  /** Search text, already normalised (`normaliseSearchText`); empty for none. */
  text?: string | undefined;
};

/** A challenge as lists and the API show it: what anyone may read of it, and where it belongs. */
export type ListedChallenge = {
  id: string;
  municipalityId: string;
  municipalityName: string;
  departmentName: string;
  title: string;
  problem: string;
  affected: string;
  constraints: string;
  state: string;
  startsOn: string;
  endsOn: string;
  createdAt: Date;
};

export type ChallengeList = { total: number; items: ListedChallenge[]; similarOnly: boolean };

const listedColumns = {
  id: challenges.id,
  municipalityId: challenges.municipalityId,
  municipalityName: municipalities.name,
  departmentName: departments.name,
  title: challenges.title,
  problem: challenges.problem,
  affected: challenges.affected,
  constraints: challenges.constraints,
  state: challenges.state,
  startsOn: challenges.startsOn,
  endsOn: challenges.endsOn,
  createdAt: challenges.createdAt,
};

const stored: StoredSearchDocument = {
  vector: challenges.searchVector,
  title: challenges.searchTitle,
  body: challenges.searchBody,
};

const newestFirst = [desc(challenges.createdAt), asc(challenges.id)];

function filterWhere(db: Db, f: ChallengeListFilter): SQL | undefined {
  return and(
    f.municipalityId ? eq(challenges.municipalityId, f.municipalityId) : undefined,
    inPlace(db, challenges.municipalityId, f),
    f.state ? eq(challenges.state, f.state) : undefined,
  );
}

async function pageOfRows(
  db: Db,
  where: SQL | undefined,
  order: SQL[],
  page: { offset: number; limit: number },
) {
  const [total] = await db.select({ n: count() }).from(challenges).where(where);
  const n = total?.n ?? 0;
  if (n === 0) return { total: 0, items: [] as ListedChallenge[] };
  const items = await db
    .select(listedColumns)
    .from(challenges)
    .innerJoin(municipalities, eq(municipalities.id, challenges.municipalityId))
    .innerJoin(departments, eq(departments.id, challenges.departmentId))
    .where(where)
    .orderBy(...order)
    .offset(page.offset)
    .limit(page.limit);
  return { total: n, items };
}

/**
 * One page of challenges (every state of a challenge is public), newest first, and how many
 * there are; with a text, the best matches first, each challenge searched in its municipality's
 * language, and only when none matches, those with similar words. As `listProposals`.
 */
export async function listChallenges(
  db: Db,
  f: ChallengeListFilter,
  page: { offset: number; limit: number },
): Promise<ChallengeList> {
  const where = filterWhere(db, f);
  if (!f.text) return { ...(await pageOfRows(db, where, newestFirst, page)), similarOnly: false };
  return pageSearchedInRowLanguage(
    db,
    { text: f.text, langs: dialogSearchLanguages, config: challenges.searchConfig, doc: stored },
    where,
    newestFirst,
    (tx, condition, order) => pageOfRows(tx, condition, order, page),
  );
}

/** One challenge of the municipality as lists show it; undefined when it has none by that id. */
export async function listedChallenge(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select(listedColumns)
    .from(challenges)
    .innerJoin(municipalities, eq(municipalities.id, challenges.municipalityId))
    .innerJoin(departments, eq(departments.id, challenges.departmentId))
    .where(and(eq(challenges.id, id), eq(challenges.municipalityId, municipalityId)));
  return row;
}
