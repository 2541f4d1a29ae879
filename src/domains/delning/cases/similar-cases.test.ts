import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { initiativeSystems, systems } from '../../styrning/portfolio/portfolio.schema.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { insertTestCase } from './cases.fixtures.ts';
import { MAX_SUMMARY_LENGTH, TITLE_MAX } from './cases.inputs.ts';
import { markWithdrawn } from './cases.queries.ts';
import type { CaseContent } from './cases.schema.ts';
import {
  SHARED_SYSTEM_WEIGHT,
  SIMILAR_CASE_MIN,
  SIMILAR_ON_CASE_PAGE,
  similarCases,
  similarityText,
} from './similar-cases.queries.ts';

// pg_trgm's similarity, written out: each word (a run of letters and digits, lower case) padded
// with two spaces in front and one behind, cut into every three characters; the share of
// trigrams the two texts have in common among all they have. The texts below are plain ASCII,
// so unaccent leaves them as they are.
function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) set.add(padded.slice(i, i + 3));
  }
  return set;
}
function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  const common = [...x].filter((g) => y.has(g)).length;
  return common / (x.size + y.size - common);
}

type Texts = Pick<CaseContent, 'title' | 'summary' | 'need' | 'solution'>;
const joined = (c: Texts) => `${c.title} ${c.summary} ${c.need} ${c.solution}`;

const target: Texts = {
  title: 'Digital nattillsyn med kamera',
  summary: 'Kamera efter samtycke i stallet for nattliga besok.',
  need: 'Nattliga besok vacker de aldre.',
  solution: 'Digital tillsyn med kamera efter samtycke.',
};

type Fixture = {
  key: string;
  municipalityId: string;
  texts: Texts;
  systems: string[];
  isPublic?: boolean;
  withdrawn?: boolean;
};

// Botkyrka's case about cameras at night uses Lifecare and Phoniro; the others are compared with it.
const fixtures: Fixture[] = [
  { key: 'target', municipalityId: 'SE-0127', texts: target, systems: ['Lifecare', 'Phoniro'] },
  {
    key: 'sameInSwedish',
    municipalityId: 'SE-0483',
    texts: {
      title: 'Kameratillsyn nattetid i hemtjansten',
      summary: 'Nattliga besok ersatts av kamera efter samtycke.',
      need: 'De aldre vaknar av nattliga besok.',
      solution: 'Tillsyn med kamera.',
    },
    systems: [],
  },
  {
    key: 'sameInNorwegian',
    municipalityId: 'NO-3203',
    texts: {
      title: 'Digitalt nattilsyn med kamera',
      summary: 'Kamera etter samtykke i stedet for nattlige besok.',
      need: 'Nattlige besok vekker de eldre.',
      solution: 'Digitalt tilsyn med kamera.',
    },
    systems: [],
  },
  // Not alike enough in text (0.226), but one system in common (named in other capitals) lifts it.
  {
    key: 'schoolWithOneSystem',
    municipalityId: 'SE-0483',
    texts: {
      title: 'Digital larplattform for skolan',
      summary: 'Elever och larare loggar in pa samma stalle.',
      need: 'Larare letar efter material.',
      solution: 'En plattform med inloggning.',
    },
    systems: ['LIFECARE'],
  },
  // Unrelated (0.093): one system in common is not enough.
  {
    key: 'permitsWithOneSystem',
    municipalityId: 'NO-3203',
    texts: {
      title: 'Chattbot om bygglov',
      summary: 'Svarar dygnet runt och lotsar till ratt blankett.',
      need: 'Manga ringer om samma sak.',
      solution: 'En chattbot pa webben.',
    },
    systems: ['Phoniro'],
  },
  // Its initiative is internal to Katrineholm: its systems must not count (0.107 without them).
  {
    key: 'internalWithSystems',
    municipalityId: 'SE-0483',
    texts: {
      title: 'Robot for fakturor',
      summary: 'Roboten konterar inkommande fakturor.',
      need: 'Fakturor tar tid.',
      solution: 'En robot som konterar.',
    },
    systems: ['Lifecare', 'Phoniro', 'Visma'],
    isPublic: false,
  },
  // The same text as the target, withdrawn: never offered.
  {
    key: 'withdrawnCopy',
    municipalityId: 'SE-0483',
    texts: target,
    systems: ['Lifecare'],
    withdrawn: true,
  },
];

// Variants of the target, each with one more word than the one before, so each is a little less
// like it than the one before and no two tie.
const extraWords = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo'.split(' ');
const variantTexts = (n: number): Texts => ({
  ...target,
  need: `${target.need} ${extraWords.slice(0, n + 1).join(' ')}.`,
});

let t: TestApp;
const caseIds = new Map<string, string>();
const initiativeIds = new Map<string, string>();
const keyOf = (id: string) => [...caseIds].find(([, v]) => v === id)?.[0] ?? id;

/** The cases like the target, computed here from the fixtures alone, most alike first. */
function expectedSimilar(
  to: { text: string; systems: string[] },
  among: Fixture[],
  limit: number,
): { key: string; text: number; shared: number }[] {
  const ours = new Set(to.systems.map((s) => s.toLowerCase()));
  return among
    .filter((f) => !f.withdrawn)
    .map((f) => {
      const theirs = new Set(f.systems.map((s) => s.toLowerCase()));
      const shared = f.isPublic === false ? 0 : [...theirs].filter((s) => ours.has(s)).length;
      return { key: f.key, text: trigramSimilarity(to.text, joined(f.texts)), shared };
    })
    .filter((s) => s.text + SHARED_SYSTEM_WEIGHT * s.shared >= SIMILAR_CASE_MIN)
    .sort(
      (a, b) =>
        b.text + SHARED_SYSTEM_WEIGHT * b.shared - (a.text + SHARED_SYSTEM_WEIGHT * a.shared),
    )
    .slice(0, limit);
}

async function insertFixture(f: Fixture, at: Date) {
  const db = t.database.db;
  const [department] = await listDepartments(db, f.municipalityId);
  const initiative = await insertTestInitiative(db, {
    municipalityId: f.municipalityId,
    departmentId: department?.id ?? '',
    title: f.texts.title,
    isPublic: f.isPublic ?? true,
    stage: 'pilot',
  });
  for (const name of f.systems) {
    const [system] = await db
      .insert(systems)
      .values({ municipalityId: f.municipalityId, name })
      .returning();
    await db
      .insert(initiativeSystems)
      .values({ initiativeId: initiative.id, systemId: system?.id ?? '' });
  }
  const row = await insertTestCase(db, {
    municipalityId: f.municipalityId,
    initiativeId: initiative.id,
    ...f.texts,
    at,
  });
  if (f.withdrawn) await markWithdrawn(db, row.id, at);
  caseIds.set(f.key, row.id);
  initiativeIds.set(f.key, initiative.id);
}

beforeAll(async () => {
  t = await createTestApp();
  await t.announced(async () => {
    // A non-public initiative of Katrineholm with the target's very title, shared as no case.
    const [department] = await listDepartments(t.database.db, 'SE-0483');
    await insertTestInitiative(t.database.db, {
      municipalityId: 'SE-0483',
      departmentId: department?.id ?? '',
      title: target.title,
      isPublic: false,
    });
    for (const [n, f] of fixtures.entries())
      await insertFixture(f, new Date(Date.UTC(2026, 0, n + 1)));
  });
});
afterAll(async () => {
  await t?.close();
});

const similarTo = (key: string, limit = SIMILAR_ON_CASE_PAGE) =>
  similarCases(
    t.database.db,
    { text: joined(target), initiativeId: initiativeIds.get(key) ?? '' },
    limit,
  );

/** The cases a page's section lists, in order, by their links. */
function listedIn(html: string, headingId: string): string[] {
  const start = html.indexOf(`id="${headingId}"`);
  if (start < 0) return [];
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/href="\/\w+\/cases\/([0-9a-f-]{36})"/g)].map((m) =>
    keyOf(m[1] ?? ''),
  );
}

describe('similar cases', () => {
  it('ranks by text and systems in common as computed here, without itself or a withdrawn case', async () => {
    const expected = expectedSimilar(
      { text: joined(target), systems: ['Lifecare', 'Phoniro'] },
      fixtures.filter((f) => f.key !== 'target'),
      SIMILAR_ON_CASE_PAGE,
    );
    expect(expected.map((e) => e.key)).toEqual([
      'sameInNorwegian',
      'sameInSwedish',
      'schoolWithOneSystem',
    ]);
    const found = await similarTo('target');
    expect(found.map((c) => keyOf(c.id))).toEqual(expected.map((e) => e.key));
    for (const [i, c] of found.entries()) {
      expect(c.textSimilarity).toBeCloseTo(expected[i]?.text ?? -1, 5);
      expect(c.sharedSystems).toBe(expected[i]?.shared);
    }
  });

  it('counts no system of a non-public initiative, which alone would have lifted it', async () => {
    const internal = fixtures.find((f) => f.key === 'internalWithSystems');
    const text = trigramSimilarity(joined(target), joined(internal?.texts ?? target));
    // With its three systems counted it would be offered; the test could fail.
    expect(text + SHARED_SYSTEM_WEIGHT * 2).toBeGreaterThanOrEqual(SIMILAR_CASE_MIN);
    expect((await similarTo('target')).map((c) => keyOf(c.id))).not.toContain(
      'internalWithSystems',
    );
  });

  it('shows them on the case page, most alike first, without the systems’ names', async () => {
    const res = await t.client().get(`/en/cases/${caseIds.get('target')}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(listedIn(html, 'similar-heading')).toEqual([
      'sameInNorwegian',
      'sameInSwedish',
      'schoolWithOneSystem',
    ]);
    expect(html).toContain(
      '<h2 class="ds-heading" data-size="sm" id="similar-heading">Similar cases</h2>',
    );
    // The Norwegian case's title is marked as Norwegian on an English page.
    expect(html).toMatch(/lang="nb">Digitalt nattilsyn med kamera<\/a>/);
    expect(html).not.toContain('Phoniro');
    expect(html).not.toContain('Lifecare');
    const swedish = await (await t.client().get(`/sv/cases/${caseIds.get('target')}`)).text();
    expect(swedish).toContain('Liknande exempel');
  });

  it('shows no similar cases where there are none', async () => {
    const html = await (
      await t.client().get(`/nb/cases/${caseIds.get('permitsWithOneSystem')}`)
    ).text();
    expect(listedIn(html, 'similar-heading')).toEqual([]);
    expect(html).not.toContain('Lignende eksempler');
  });

  it('shows ten at most, the ten most alike', async () => {
    const more: Fixture[] = Array.from({ length: 11 }, (_, n) => ({
      key: `variant${n}`,
      municipalityId: n % 2 ? 'SE-0483' : 'NO-3203',
      texts: variantTexts(n),
      systems: [],
    }));
    await t.announced(async () => {
      for (const [n, f] of more.entries())
        await insertFixture(f, new Date(Date.UTC(2026, 1, n + 1)));
    });
    const expected = expectedSimilar(
      { text: joined(target), systems: ['Lifecare', 'Phoniro'] },
      [...fixtures, ...more].filter((f) => f.key !== 'target'),
      SIMILAR_ON_CASE_PAGE,
    );
    expect(expected).toHaveLength(10);
    const html = await (await t.client().get(`/en/cases/${caseIds.get('target')}`)).text();
    expect(listedIn(html, 'similar-heading')).toEqual(expected.map((e) => e.key));
  });
});

describe('possible duplicates before publishing', () => {
  it('shows up to five on the form of an initiative not yet shared, and none once it is', async () => {
    const manager = await t.signedIn('manager@botkyrka.example');
    const departmentId = await departmentManagedBy(t.database.db, 'manager@botkyrka.example');
    const initiative = await insertTestInitiative(t.database.db, {
      municipalityId: 'SE-0127',
      departmentId,
      title: target.title,
      problem: target.need,
      idea: target.solution,
      isPublic: true,
    });
    const path = `/sv/municipalities/SE-0127/initiatives/${initiative.id}/case`;
    const form = await (await manager.get(path)).text();
    // The form starts from the initiative's title, problem and idea; the summary is empty.
    const text = `${target.title}  ${target.need} ${target.solution}`;
    const expected = [...caseIds.keys()]
      .filter((k) => k !== 'withdrawnCopy')
      .map((k) => ({ key: k, score: trigramSimilarity(text, joined(textsOf(k))) }))
      .filter((s) => s.score >= SIMILAR_CASE_MIN)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5)
      .map((s) => s.key);
    expect(expected).toHaveLength(5);
    expect(expected[0]).toBe('target');
    expect(listedIn(form, 'duplicates-heading')).toEqual(expected);
    expect(form).toContain('Har någon redan delat det här?');
    expect(form).not.toContain(caseIds.get('withdrawnCopy'));

    const published = await manager.postForm(path, {
      ...target,
      contact: 'delning@botkyrka.example',
      serviceDomain: 'elderly-care',
      costModel: 'one-off',
    });
    expect(published.status).toBe(303);
    const again = await (await manager.get(path)).text();
    expect(listedIn(again, 'duplicates-heading')).toEqual([]);
  });
});

/** The texts of a case inserted by the tests, by its key. */
function textsOf(key: string): Texts {
  const fixture = fixtures.find((f) => f.key === key);
  return fixture ? fixture.texts : variantTexts(Number(key.replace('variant', '')));
}

describe('a long need or solution', () => {
  it('is compared by its first thousand characters', async () => {
    // A thousand characters of one long word first (four trigrams), then many words after them.
    const words = `${'q'.repeat(960)} ${Array.from({ length: 1500 }, (_, n) => `ord${n}`).join(' ')}`;
    const long: Fixture = {
      key: 'longNeed',
      municipalityId: 'SE-0483',
      texts: { ...target, need: `${target.need} ${words}`, solution: target.solution },
      systems: [],
    };
    await t.announced(() => insertFixture(long, new Date(Date.UTC(2026, 2, 1))));
    const opening = `${target.need} ${words}`.slice(0, 1000);
    const compared = joined({ ...long.texts, need: opening });
    const whole = joined(long.texts);
    const expected = trigramSimilarity(joined(target), compared);
    // Compared whole, the case would be far less alike: the test tells the two apart.
    expect(expected - trigramSimilarity(joined(target), whole)).toBeGreaterThan(0.05);
    const found = (await similarTo('target', 50)).find((c) => c.id === caseIds.get('longNeed'));
    expect(found?.textSimilarity).toBeCloseTo(expected, 5);
  });
});

describe('the text a form is compared by', () => {
  it('holds no more of the title and summary than a case can, however long the form sent', () => {
    const text = similarityText({
      title: 't'.repeat(50_000),
      summary: 's'.repeat(50_000),
      need: 'n'.repeat(50_000),
      solution: 'l'.repeat(50_000),
    });
    const [title, summary, need, solution] = text.split(' ');
    expect(title).toHaveLength(200);
    expect(TITLE_MAX).toBe(200);
    expect(summary).toHaveLength(MAX_SUMMARY_LENGTH);
    expect(need).toHaveLength(1000);
    expect(solution).toHaveLength(1000);
  });
});
