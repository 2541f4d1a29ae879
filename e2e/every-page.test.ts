import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { phoneViewport } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import {
  expectNoHorizontalScroll,
  expectReadableCharts,
  expectSoundPage,
} from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();

/** Each language with an admin who sees every page of a municipality in it. */
const tours: { lang: Lang; email: string; municipality: string }[] = [
  { lang: 'sv', email: 'admin@botkyrka.example', municipality: 'SE-0127' },
  { lang: 'nb', email: 'admin@asker.example', municipality: 'NO-3203' },
  // English pages of a Swedish municipality: content in Swedish, marked as such.
  { lang: 'en', email: 'admin@katrineholm.example', municipality: 'SE-0483' },
];

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * A page's kind: its path with ids replaced (a county's too: 36 counties are one kind of page), so
 * the tour visits each kind of page once.
 */
const kindOf = (path: string) =>
  path
    .split('?')[0]
    ?.replace(uuid, ':id')
    .replace(/\/spread\/[A-Z]{2}-\d{2}$/, '/spread/:county') ?? path;

/**
 * Kinds visited more than once: which initiative the tour meets first depends on what other
 * journeys on the same server did before it (one they just proposed has no benefits), and a
 * benefit's own page is reached only from a benefits page that lists one.
 */
const visitsOfKind: Record<string, number> = {
  '/initiatives/:id': 4,
  '/initiatives/:id/benefits': 4,
};
const mayVisit = (seen: Map<string, number>, path: string) => {
  const kind = kindOf(path);
  const most = Object.entries(visitsOfKind).find(([k]) => kind.endsWith(k))?.[1] ?? 1;
  return (seen.get(kind) ?? 0) < most;
};

/**
 * Page kinds axe has analysed, by viewport width: the kind without its language and municipality
 * (`/municipalities/:m/goals/:id`). The three tours walk the same kinds of page in three languages
 * and axe's rules look at structure, names and contrast, not at which language the words are in, so
 * each kind is analysed once per viewport, by whichever tour reaches it first; every tour still
 * checks every page's language, landmarks and translations. Of a kind a tour visits more than once
 * (`visitsOfKind`: one initiative has benefits, another none), each visit in a tour's order counts
 * as a kind of its own: `visit` is 1 for the first, 2 for the second.
 */
const analysedKinds = new Set<string>();
const firstAnalysis = (path: string, width: number, visit: number) => {
  const key = `${width} ${visit} ${kindOf(path)
    .replace(/^\/[a-z]{2}(?=\/|$)/, '')
    .replace(/\/municipalities\/[A-Z]{2}-\d{4}/, '/municipalities/:m')}`;
  if (analysedKinds.has(key)) return false;
  analysedKinds.add(key);
  return true;
};

/**
 * The pages a link may lead the tour to: this municipality's pages, the lists and account pages
 * of the network, and the accessibility statement. Not: other languages (the language menu),
 * downloads, feeds and the API, logging out or in elsewhere, other municipalities.
 */
function worthVisiting(path: string, lang: Lang, municipality: string): boolean {
  const [bare = ''] = path.split(/[?#]/);
  if (!bare.startsWith(`/${lang}`)) return false;
  // Not the login page itself (the tour is signed in), but the municipality's login settings.
  if (/\.(csv|json|atom)$/.test(bare) || /^\/[a-z]{2}\/login$|\/logout$|\/oidc\//.test(bare)) {
    return false;
  }
  const other = bare.match(/\/municipalities\/([A-Z]{2}-\d{4})/);
  if (other && other[1] !== municipality) return false;
  return true;
}

/** The same-origin links of the page, as paths; not those that download a file. */
async function linksOf(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]:not([download])', (as) =>
    as.map((a) => (a as HTMLAnchorElement).href),
  );
  const origin = new URL(page.url()).origin;
  return hrefs
    .filter((h) => h.startsWith(origin))
    .map((h) => {
      const u = new URL(h);
      return u.pathname + u.search;
    });
}

/**
 * From the municipality's start page, follows links (the menus, the cards, the lists) to every
 * kind of page once, and checks each: language, one main landmark, nothing untranslated, no axe
 * violation, nothing wider than the screen, and chart text of 12 px or more.
 */
async function tour(page: Page, lang: Lang, municipality: string): Promise<string[]> {
  const start = `/${lang}/municipalities/${municipality}`;
  const queue = [start];
  const seen = new Map([[kindOf(start), 1]]);
  const queued = new Set([start.split('?')[0]]);
  const visited: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const width = page.viewportSize()?.width ?? 0;
    const visit = visited.filter((kind) => kind === kindOf(path)).length + 1;
    await expectSoundPage(page, lang, { axe: firstAnalysis(path, width, visit) });
    await expectNoHorizontalScroll(page);
    await expectReadableCharts(page);
    visited.push(kindOf(path));
    for (const link of await linksOf(page)) {
      const bare = link.split(/[?#]/)[0];
      if (!worthVisiting(link, lang, municipality) || queued.has(bare)) continue;
      if (!mayVisit(seen, link)) continue;
      queued.add(bare);
      seen.set(kindOf(link), (seen.get(kindOf(link)) ?? 0) + 1);
      queue.push(link);
    }
  }
  return visited;
}

const desktop = { width: 1280, height: 900 };

/**
 * Swedish at both widths; Norwegian and English on a phone only. A page's markup is the same at
 * every width, so its language, landmarks and translations are checked once per language; axe
 * analyses each kind of page at both widths in the Swedish tours; and what a language can break by
 * its words' lengths (a heading or a button wider than the screen) shows on a phone first.
 */
const viewportsOf = (lang: Lang) => (lang === 'sv' ? [phoneViewport, desktop] : [phoneViewport]);

describe.concurrent.each(tours)('every page in $lang', ({ lang, email, municipality }) => {
  for (const viewport of viewportsOf(lang)) {
    test(`at ${viewport.width} px, reached from the start page by its links`, {
      timeout: 600_000,
    }, async () => {
      await journey.withPage({ viewport, locale: lang }, async (page) => {
        await logIn(page, lang, email, demoPassword);
        const visited = await tour(page, lang, municipality);
        // The tour reaches the municipality's whole steering and its dialogues, not only its first pages.
        for (const kind of [
          '/future-story/versions/:id',
          '/goals/:id',
          '/initiatives/:id/benefits/:id',
          '/initiatives/:id/calculus',
          '/prioritisation/scenarios/:id',
          '/systems/catalogue',
          '/dashboard',
          '/departments/:id',
          '/admin/audit',
          '/admin/roles',
          '/admin/login',
          '/admin/branding',
          '/matters/:id',
          '/matters/:id/map',
          '/matters/new',
        ]) {
          expect(visited, kind).toContain(`/${lang}/municipalities/${municipality}${kind}`);
        }
        expect(visited).toContain(`/${lang}/accessibility`);
        expect(visited.length).toBeGreaterThan(30);
        console.info(
          `${lang} at ${viewport.width} px: ${visited.length} pages; kinds analysed by axe in all tours so far: ${analysedKinds.size}`,
        );
      });
    });
  }
});
