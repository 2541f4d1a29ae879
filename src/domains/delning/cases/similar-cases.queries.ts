import { and, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { MAX_SUMMARY_LENGTH, TITLE_MAX } from './cases.inputs.ts';
import { sharedCases } from './cases.schema.ts';

/** What one system both initiatives use adds to a case's likeness. */
export const SHARED_SYSTEM_WEIGHT = 0.1;

/**
 * The least likeness for a case to be offered as similar. Unrelated cases in one language share
 * the language's common trigrams and reach 0.10–0.17 on text alone; two cases about the same
 * thing, even one in Swedish and one in Norwegian, pass 0.3. Two systems in common lift an
 * unrelated text over it; one lifts a text that is nearly there.
 */
export const SIMILAR_CASE_MIN = 0.3;

/** How many similar cases a case's page shows, and possible duplicates the publish form shows. */
export const SIMILAR_ON_CASE_PAGE = 10;
export const DUPLICATES_ON_FORM = 5;

/** A published case like another, as the lists of similar cases show it. */
export type SimilarCase = {
  id: string;
  title: string;
  municipalityName: string;
  country: string;
  serviceDomain: string;
  /** Trigram similarity of the texts, in [0, 1]. */
  textSimilarity: number;
  /** Systems (by name) both initiatives use, counted only when both initiatives are public. */
  sharedSystems: number;
};

/** What a case is compared by: its text (title, summary, need, solution) and its initiative. */
export type SimilarTo = { text: string; initiativeId: string };

/**
 * How much of the need and the solution is compared. Each may hold 10,000 characters, and the
 * similarity of two texts costs in proportion to their length on every case compared; what a
 * case is about is in their opening.
 */
export const COMPARED_PART_LENGTH = 1000;

/** The text of a case that similarity compares: accents and case ignored, so "skola" meets "skole"'s neighbours. */
const caseText: SQL = sql`unaccent(lower(concat_ws(' ', ${sharedCases.title}, ${sharedCases.summary}, left(${sharedCases.need}, ${sql.raw(String(COMPARED_PART_LENGTH))}), left(${sharedCases.solution}, ${sql.raw(String(COMPARED_PART_LENGTH))}))))`;

/** The title, summary, need and solution of a case as one text, the way `caseText` joins them. */
export function similarityText(c: {
  title: string;
  summary: string;
  need: string;
  solution: string;
}): string {
  // By code points, as PostgreSQL's left() counts characters. A refused form's title and summary
  // may be as long as the request allows: cut to what a published case can hold, so the
  // comparison with every case costs no more than a valid form's.
  const opening = (text: string, length = COMPARED_PART_LENGTH) =>
    [...text].slice(0, length).join('');
  return [
    opening(c.title, TITLE_MAX),
    opening(c.summary, MAX_SUMMARY_LENGTH),
    opening(c.need),
    opening(c.solution),
  ].join(' ');
}

/**
 * Up to `limit` published cases most like `to`, in one query: by the trigram similarity of their
 * texts, plus `SHARED_SYSTEM_WEIGHT` for each system both initiatives use (compared by name, as
 * each municipality keeps its own list), at least `SIMILAR_CASE_MIN` in all. The case of `to`'s
 * own initiative and withdrawn cases are never among them. The systems an initiative touches are
 * internal steering data: they count only when both initiatives are public, and only the order
 * shows them, never their names.
 */
export async function similarCases(db: Db, to: SimilarTo, limit: number): Promise<SimilarCase[]> {
  const textSimilarity = sql<number>`similarity(${caseText}, unaccent(lower(${to.text})))::float8`;
  const sharedSystems = sql<number>`(case when ${initiatives.isPublic} then (
    select count(distinct lower(theirs.name))
    from initiative_systems their_use join systems theirs on theirs.id = their_use.system_id
    where their_use.initiative_id = ${sharedCases.initiativeId}
      and lower(theirs.name) in (
        select lower(ours.name)
        from initiative_systems our_use
          join systems ours on ours.id = our_use.system_id
          join initiatives our_initiative on our_initiative.id = our_use.initiative_id
        where our_use.initiative_id = ${to.initiativeId} and our_initiative.is_public)
  ) else 0 end)::int`;
  const scored = db
    .select({
      id: sharedCases.id,
      title: sharedCases.title,
      municipalityName: sql<string>`${municipalities.name}`.as('municipality_name'),
      country: municipalities.country,
      serviceDomain: sharedCases.serviceDomain,
      updatedAt: sharedCases.updatedAt,
      textSimilarity: textSimilarity.as('text_similarity'),
      sharedSystems: sharedSystems.as('shared_systems'),
    })
    .from(sharedCases)
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .innerJoin(initiatives, eq(initiatives.id, sharedCases.initiativeId))
    .where(and(eq(sharedCases.status, 'published'), ne(sharedCases.initiativeId, to.initiativeId)))
    .as('scored');
  const score = sql<number>`(${scored.textSimilarity} + ${SHARED_SYSTEM_WEIGHT}::float8 * ${scored.sharedSystems})`;
  return db
    .select({
      id: scored.id,
      title: scored.title,
      municipalityName: scored.municipalityName,
      country: scored.country,
      serviceDomain: scored.serviceDomain,
      textSimilarity: scored.textSimilarity,
      sharedSystems: scored.sharedSystems,
    })
    .from(scored)
    .where(sql`${score} >= ${SIMILAR_CASE_MIN}::float8`)
    .orderBy(desc(score), desc(scored.updatedAt), scored.id)
    .limit(limit);
}
