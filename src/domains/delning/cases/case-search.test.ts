import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  searchConfiguration,
  textSearch,
  withSimilarityThreshold,
} from '../../../db/text-search.ts';
import { insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import { bestTier } from '../../../web/search.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import {
  caseMatches,
  findBestPublishedCases,
  findPublishedCases,
  type Matching,
} from './case-search.queries.ts';
import { insertTestCase, testCaseContent } from './cases.fixtures.ts';
import { markWithdrawn, updateCase } from './cases.queries.ts';
import { sharedCases } from './cases.schema.ts';
import { caseCountries } from './country.ts';

// Cases in both countries with the word forms the search meets, besides the demo's own.
const fixtures = [
  ['SE-0127', 'En gemensam lärplattform för varje skola', 'Alla elever loggar in på ett ställe.'],
  ['SE-0483', 'Digital nattillsyn i hemtjänst', 'Kamera efter samtycke i stället för besök.'],
  ['SE-0127', 'Chattbot som svarar på frågor om bygglov', 'Svarar dygnet runt om skolans lokaler.'],
  ['NO-3203', 'Felles læringsplattform for hver skole', 'Elever og lærere logger inn på ett sted.'],
  ['NO-3203', 'Digitalt nattilsyn i hjemmetjeneste', 'Kamera etter samtykke i stedet for besøk.'],
  ['NO-3203', 'Automatisk behandling av inngående faktura', 'Roboten sender til attestasjon.'],
] as const;

let t: TestApp;
const ids: string[] = [];

async function publish(municipalityId: string, title: string, summary: string) {
  const db = t.database.db;
  const [department] = await listDepartments(db, municipalityId);
  const initiative = await insertTestInitiative(db, {
    municipalityId,
    departmentId: department?.id ?? '',
    title,
    isPublic: true,
  });
  return insertTestCase(db, { municipalityId, initiativeId: initiative.id, title, summary });
}

beforeAll(async () => {
  t = await createTestApp();
  for (const [municipalityId, title, summary] of fixtures) {
    ids.push((await publish(municipalityId, title, summary)).id);
  }
});
afterAll(async () => {
  await t?.close();
});

/**
 * The search as it was computed before the columns were kept: each case's text read, stemmed in
 * its country's language and compared by trigrams, row by row (`textSearch`).
 */
async function computedFromTheText(text: string) {
  const doc = {
    title: sharedCases.title,
    body: [
      sharedCases.summary,
      sharedCases.need,
      sharedCases.solution,
      sharedCases.results,
      sharedCases.lessons,
      municipalities.name,
    ],
  };
  const perCountry = (part: (s: ReturnType<typeof textSearch>) => SQL) =>
    sql`(case ${municipalities.country} ${sql.join(
      caseCountries.map(
        (country) =>
          sql`when ${country} then ${part(textSearch(text, conventionsOf(country).lang))}`,
      ),
      sql` `,
    )} end)`;
  const rank = sql<number>`${perCountry((s) => s.rank(doc))}`;
  return t.database.db
    .select({ id: sharedCases.id, rank })
    .from(sharedCases)
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .where(
      and(
        eq(sharedCases.status, 'published'),
        perCountry((s) => s.matches(doc)),
      ),
    )
    .orderBy(desc(rank), desc(sharedCases.updatedAt), sharedCases.id);
}

const rounded = (rows: { id: string; rank: number }[]) =>
  rows.map((r) => ({ id: r.id, rank: Math.round(r.rank * 1e6) / 1e6 }));

describe('the kept search columns', () => {
  it.each([
    'skolor',
    'hemtjänsten',
    'skolene',
    'hjemmetjenesten',
    'skolan',
    'bygglovet',
    'fakturaer',
    'hemtjänts',
    'chatbott',
    'nattillsyn',
    '"digital nattillsyn"',
    'lärplattform -skola',
    'botkyrka',
    'Asker kamera',
  ])('find "%s" with the very matches and ranks of the text computed row by row', async (text) => {
    const expected = rounded(await computedFromTheText(text));
    // The comparison means something only if the text finds anything at all.
    expect(expected.length).toBeGreaterThan(0);
    expect(rounded(await findPublishedCases(t.database.db, text))).toEqual(expected);
    // The search asks for the similar words only when nothing matched in full text.
    const best = rounded(await findBestPublishedCases(t.database.db, text));
    expect(best).toEqual(bestTier(expected));
  });

  it("are made in the configuration of the case's country's language", async () => {
    const rows = await t.database.db
      .select({ config: sharedCases.searchConfig, country: municipalities.country })
      .from(sharedCases)
      .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId));
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(caseCountries));
    for (const { config, country } of rows) {
      expect(config).toBe(searchConfiguration(conventionsOf(country).lang));
    }
  });

  it('follow an edit of the case: its new words are found, its old ones no longer', async () => {
    const db = t.database.db;
    const id = ids[5] ?? '';
    const before = await findPublishedCases(db, 'faktura');
    expect(before.find((r) => r.id === id)?.rank).toBeGreaterThanOrEqual(2);
    const content = testCaseContent({
      title: 'Parkeringsautomater med app',
      summary: 'Betala parkering i mobilen.',
    });
    await updateCase(db, id, content, 2, new Date());
    const found = await findPublishedCases(db, 'parkeringsautomaten');
    expect(found.find((r) => r.id === id)?.rank).toBeGreaterThanOrEqual(2);
    expect((await findPublishedCases(db, 'faktura')).map((r) => r.id)).not.toContain(id);
  });

  it("follow a rename of the case's municipality, whose name is searched with its cases", async () => {
    const db = t.database.db;
    const rename = (name: string) =>
      db.update(municipalities).set({ name }).where(eq(municipalities.id, 'SE-0483'));
    const [own] = await db
      .select({ name: municipalities.name })
      .from(municipalities)
      .where(eq(municipalities.id, 'SE-0483'));
    expect((await findPublishedCases(db, 'Flenmoby')).map((r) => r.id)).not.toContain(ids[1]);
    await rename('Flenmoby');
    try {
      const found = await findPublishedCases(db, 'Flenmoby');
      // In the body (the name), not the title: ranked 1–2.
      const rank = found.find((r) => r.id === ids[1])?.rank ?? 0;
      expect(rank).toBeGreaterThanOrEqual(1);
      expect(rank).toBeLessThan(2);
    } finally {
      await rename(own?.name ?? '');
    }
    expect((await findPublishedCases(db, 'Flenmoby')).map((r) => r.id)).not.toContain(ids[1]);
  });

  it('are filled again by a write to what they are made of, not by a withdrawal', async () => {
    const id = ids[1] ?? '';
    const attempt = t.database.db.transaction(async (tx) => {
      // A rename that does not refill its cases leaves their columns behind, so what fills them
      // again shows: the kept name changes only when they are filled.
      await tx.execute(
        sql`alter table municipalities disable trigger municipalities_case_search_refill`,
      );
      await tx
        .update(municipalities)
        .set({ name: 'Flenmoby' })
        .where(eq(municipalities.id, 'SE-0483'));
      const body = async () => {
        const [row] = await tx
          .select({ body: sharedCases.searchBody })
          .from(sharedCases)
          .where(eq(sharedCases.id, id));
        return row?.body ?? '';
      };
      await markWithdrawn(tx, id, new Date());
      await tx.update(sharedCases).set({ version: 7 }).where(eq(sharedCases.id, id));
      expect(await body()).not.toContain('flenmoby');
      const [own] = await tx
        .select({ summary: sharedCases.summary })
        .from(sharedCases)
        .where(eq(sharedCases.id, id));
      await tx
        .update(sharedCases)
        .set({ summary: own?.summary ?? '' })
        .where(eq(sharedCases.id, id));
      expect(await body()).toContain('flenmoby');
      // Written by hand, the columns are filled again from the case all the same.
      await tx.update(sharedCases).set({ searchBody: 'fel' }).where(eq(sharedCases.id, id));
      expect(await body()).toContain('flenmoby');
      tx.rollback();
    });
    await expect(attempt).rejects.toThrow(/Rollback/);
  });

  it('still find a case by a typing error', async () => {
    const found = await findPublishedCases(t.database.db, 'hemtjänts');
    const rank = found.find((r) => r.id === ids[1])?.rank ?? 0;
    expect(rank).toBeGreaterThanOrEqual(0.4);
    expect(rank).toBeLessThan(1);
  });

  it('are read through their indexes, for full text and for a typing error alike', async () => {
    // The plan of the search's own condition, in each of the two ways `findBestPublishedCases` asks.
    const planOf = (text: string, matching: Matching) =>
      withSimilarityThreshold(t.database.db, async (tx) => {
        // The demo's few cases would be read whole anyway; without that choice, whether an index
        // can answer the search's operators at all is what the plan shows.
        await tx.execute(sql`set local enable_seqscan = off`);
        const matches = caseMatches(text, matching);
        if (!matches) throw new Error('no search configuration');
        const explain = sql`explain select id from ${sharedCases} where ${matches}`;
        const { rows } = (await tx.execute(explain)) as unknown as {
          rows: { 'QUERY PLAN': string }[];
        };
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    const fullText = await planOf('skolor', 'full-text');
    expect(fullText).toContain('shared_cases_search_vector_idx');
    expect(fullText).not.toContain('Seq Scan on shared_cases');
    const similar = await planOf('hemtjänts', 'similar');
    expect(similar).toContain('shared_cases_search_title_idx');
    expect(similar).toContain('shared_cases_search_body_idx');
    expect(similar).not.toContain('Seq Scan on shared_cases');
  });
});
