import { and, desc, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/** A `tsvector` column, written by the database's own triggers only. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The languages the search understands, as the app's language codes. */
export type SearchLanguage = 'sv' | 'nb' | 'en';

/**
 * Text search configurations per language (migration 0005): the built-in Swedish, Norwegian and
 * English stemmers with `unaccent` in front, so "forskola" finds "förskolan".
 */
const configurations: Record<SearchLanguage, string> = {
  sv: 'samskap_swedish',
  nb: 'samskap_norwegian',
  en: 'samskap_english',
};

/** The text search configuration of a language, as the database names it. */
export const searchConfiguration = (lang: SearchLanguage): string => configurations[lang];

/**
 * A row found by similarity only (no full-text match) needs at least this `word_similarity`
 * between the query and its text: "omsrog" reaches "omsorg" (0.43), unrelated words do not.
 */
export const SIMILARITY_THRESHOLD = 0.4;

/** The most rows one kind of thing contributes to a search. */
export const SEARCH_LIMIT = 50;

// ts_headline marks matches with these private-use characters; they are removed from the text
// before, so every marker in the result is one of ours and the text itself stays plain text.
const MARK_START = '\uE000';
const MARK_END = '\uE001';
const snippetOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const titleOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/** Plain text with the parts that match a search marked; render each part as text, never as markup. */
export type Highlighted = readonly { text: string; marked: boolean }[];

/** What a search looks at in a row: the title weighs more than the body. */
export type SearchDocument = { title: SQLWrapper; body: readonly SQLWrapper[] };

/**
 * SQL fragments for one search text in one language, for a `*.queries.ts` to put into its own
 * select: whether a row matches, its rank, and its title and snippet with the matches marked.
 *
 * Ranks share one scale across every kind of thing, so hits of goals, initiatives and decisions can
 * be merged: a full-text match of the title ranks 2–3, of the body only 1–2 (by `ts_rank`,
 * normalised to [0, 1)), and a row found by trigram similarity alone below 1 (its similarity).
 */
export function textSearch(text: string, lang: SearchLanguage) {
  const config = sql`${configurations[lang]}::regconfig`;
  const query = sql`websearch_to_tsquery(${config}, ${text})`;
  const plain = sql`unaccent(lower(${text}))`;
  const bodyText = (doc: SearchDocument) =>
    sql`concat_ws(' ', ${sql.join(
      doc.body.map((b) => sql`${b}`),
      sql`, `,
    )})`;
  const vector = (doc: SearchDocument) =>
    sql`(setweight(to_tsvector(${config}, coalesce(${doc.title}, '')), 'A') || setweight(to_tsvector(${config}, ${bodyText(doc)}), 'B'))`;
  const similarity = (doc: SearchDocument) =>
    sql`greatest(word_similarity(${plain}, unaccent(lower(coalesce(${doc.title}, '')))), word_similarity(${plain}, unaccent(lower(${bodyText(doc)}))))`;
  return {
    /** True for a row whose text matches in full text, or is similar enough to the query. */
    matches: (doc: SearchDocument): SQL =>
      sql`(${vector(doc)} @@ ${query} or ${similarity(doc)} >= ${SIMILARITY_THRESHOLD})`,
    /** The row's rank on the shared scale (see above). */
    rank: (doc: SearchDocument): SQL<number> =>
      sql<number>`(case
        when to_tsvector(${config}, coalesce(${doc.title}, '')) @@ ${query} then 2 + ts_rank(${vector(doc)}, ${query}, 32)
        when ${vector(doc)} @@ ${query} then 1 + ts_rank(${vector(doc)}, ${query}, 32)
        else least(0.99, ${similarity(doc)})
      end)::float8`,
    /** A short text with every match marked (for titles); parse it with `highlighted`. */
    markAll: (column: SQLWrapper): SQL<string> =>
      sql<string>`ts_headline(${config}, translate(coalesce(${column}, ''), ${MARK_START + MARK_END}, ''), ${query}, ${titleOptions})`,
    /** Up to two fragments of a long text around its matches (its start when none); parse it with `highlighted`. */
    snippet: (...columns: SQLWrapper[]): SQL<string> =>
      sql<string>`ts_headline(${config}, translate(concat_ws(' ', ${sql.join(
        columns.map((c) => sql`${c}`),
        sql`, `,
      )}), ${MARK_START + MARK_END}, ''), ${query}, ${snippetOptions})`,
  };
}

/**
 * What a search looks at in a row whose search columns the database keeps: a `tsvector` of the
 * title (weight A) and the body (weight B) in the row's own configuration, and the title and the
 * body as `unaccent(lower(…))`, each under a trigram index (shared_cases, migration 0033).
 */
export type StoredSearchDocument = { vector: SQLWrapper; title: SQLWrapper; body: SQLWrapper };

/**
 * `textSearch` over stored columns, so the indexes answer instead of every row's text being
 * computed: the same matches and ranks as `textSearch` gives for the same texts. `fullText`
 * holds for rows whose vector was made in `lang`'s configuration; `similar` is language-free and
 * needs `withSimilarityThreshold` around the query that uses it.
 */
export function storedTextSearch(text: string, lang: SearchLanguage) {
  const config = sql`${configurations[lang]}::regconfig`;
  const query = sql`websearch_to_tsquery(${config}, ${text})`;
  // A sub-select is computed once per query, not once per row as unaccent() itself would be.
  const plain = sql`(select unaccent(lower(${text})))`;
  const similarity = (doc: StoredSearchDocument) =>
    sql`greatest(word_similarity(${plain}, ${doc.title}), word_similarity(${plain}, ${doc.body}))`;
  return {
    /** True for a row whose vector matches the text in full text. */
    fullText: (doc: StoredSearchDocument): SQL => sql`${doc.vector} @@ ${query}`,
    /**
     * True for a row whose title or body is similar enough to the text; answered by the index.
     * Written as the index's own operator (`%>`, the commuted `<%`), so that the index's check
     * of each candidate is the only one and the row's texts are not compared again.
     */
    similar: (doc: StoredSearchDocument): SQL =>
      sql`(${doc.title} %> ${plain} or ${doc.body} %> ${plain})`,
    /** The rank on `textSearch`'s scale; the title's lexemes are the vector's weight A. */
    rank: (doc: StoredSearchDocument): SQL<number> =>
      sql<number>`(case
        when ts_filter(${doc.vector}, '{a}') @@ ${query} then 2 + ts_rank(${doc.vector}, ${query}, 32)
        when ${doc.vector} @@ ${query} then 1 + ts_rank(${doc.vector}, ${query}, 32)
        else least(0.99, ${similarity(doc)})
      end)::float8`,
  };
}

/**
 * `storedTextSearch` over rows that each name the configuration they were stored in (`config`,
 * the name `searchConfiguration` gives): a row matches in full text when the text, stemmed by the
 * row's own language's rules, matches its vector, so "skolor" finds a Swedish row's "skola" and
 * "skolene" a Norwegian row's "skole". `similar` and `rank` as `storedTextSearch` has them.
 */
export function storedTextSearchInRowLanguage(
  text: string,
  langs: readonly SearchLanguage[],
  config: SQLWrapper,
  doc: StoredSearchDocument,
) {
  const searches = langs.map((lang) => ({
    name: configurations[lang],
    search: storedTextSearch(text, lang),
  }));
  const [first] = searches;
  return {
    fullText: sql`(${sql.join(
      searches.length
        ? searches.map(({ name, search }) => sql`(${config} = ${name} and ${search.fullText(doc)})`)
        : [sql`false`],
      sql` or `,
    )})`,
    similar: first ? first.search.similar(doc) : sql`false`,
    rank: sql<number>`(case ${config} ${sql.join(
      searches.map(({ name, search }) => sql`when ${name} then ${search.rank(doc)}`),
      sql` `,
    )} else 0 end)::float8`,
  };
}

/**
 * Runs `work` in a transaction whose `%>` (`storedTextSearch`'s `similar`) means a
 * `word_similarity` of at least SIMILARITY_THRESHOLD, as `textSearch` counts it; pg_trgm's own
 * default is 0.6, and only the operator, not the function, can use a trigram index.
 */
export function withSimilarityThreshold<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`,
    );
    return work(tx);
  });
}

/**
 * A headline from `markAll` or `snippet` as plain-text parts, marked where the search matched.
 * Runs of white space (line breaks included) become one space.
 */
export function highlighted(headline: string): Highlighted {
  const parts: { text: string; marked: boolean }[] = [];
  const squeezed = headline.replace(/\s+/g, ' ').trim();
  for (const [i, piece] of squeezed.split(MARK_START).entries()) {
    const [inside, outside] = i === 0 ? ['', piece] : splitOnce(piece, MARK_END);
    if (inside) parts.push({ text: inside, marked: true });
    if (outside) parts.push({ text: outside.replaceAll(MARK_END, ''), marked: false });
  }
  return parts;
}

function splitOnce(s: string, separator: string): [string, string] {
  const at = s.indexOf(separator);
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + separator.length)];
}

/** Plain text as a highlighted text without marks. */
export function unmarked(text: string): Highlighted {
  return text ? [{ text, marked: false }] : [];
}

/** A page of listed rows and how many there are in all. */
export type PageOf<T> = { total: number; items: T[] };

/**
 * One page of a list searched by `text`, each row in its own language (see
 * `storedTextSearchInRowLanguage`): the rows that match in full text, best first (newest among
 * equals); only when none does, those with similar words (typing errors), and `similarOnly` says
 * so. `pageOf` reads a page for a condition and an order: a count and the page, as the list has it.
 */
export async function pageSearchedInRowLanguage<T>(
  db: Db,
  search: {
    text: string;
    langs: readonly SearchLanguage[];
    config: SQLWrapper;
    doc: StoredSearchDocument;
  },
  where: SQL | undefined,
  newestFirst: SQL[],
  pageOf: (db: Db, where: SQL | undefined, order: SQL[]) => Promise<PageOf<T>>,
): Promise<PageOf<T> & { similarOnly: boolean }> {
  const found = storedTextSearchInRowLanguage(search.text, search.langs, search.config, search.doc);
  const order = [desc(found.rank), ...newestFirst];
  const exact = await pageOf(db, and(where, found.fullText), order);
  if (exact.total > 0) return { ...exact, similarOnly: false };
  const similar = await withSimilarityThreshold(db, (tx) =>
    pageOf(tx, and(where, found.similar), order),
  );
  return { ...similar, similarOnly: similar.total > 0 };
}
