import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type Lang, languages, translator } from '../src/web/i18n/index.ts';
import { phoneViewport } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { expectSkipLinkWorks, expectSoundPage } from './support/page-checks.ts';
import { pathOf } from './support/paths.ts';

const journey = useJourney();
const sv = translator('sv');
const en = translator('en');

/** Submits the municipality search on the current page (a plain GET form: no scripts needed). */
async function searchMunicipalities(page: Page, lang: Lang, text: string): Promise<void> {
  const box = page.getByRole('main').getByLabel(translator(lang)('tenancy.municipalities.search'));
  await box.fill(text);
  await Promise.all([page.waitForURL(/\/municipalities\?/), box.press('Enter')]);
  await expectSoundPage(page, lang);
}

function municipalityLinks(page: Page) {
  return page.getByRole('main').locator('.county-list').getByRole('link');
}

async function headingText(page: Page): Promise<string | null> {
  return page.getByRole('heading', { level: 1 }).textContent();
}

/**
 * A visitor who is not logged in: front page, search, language switch, the list by county, a
 * municipality, the accessibility statement and the 404 pages.
 */
async function visitorJourney(page: Page): Promise<void> {
  await page.goto('/en');
  await expectSoundPage(page, 'en');
  expect(await headingText(page)).toBe(en('platform.home.title'));
  await expectSkipLinkWorks(page);

  await searchMunicipalities(page, 'en', 'goteborg');
  expect(pathOf(page)).toBe('/en/municipalities?q=goteborg');
  expect(await municipalityLinks(page).allTextContents()).toEqual(['Göteborg']);

  // The language switcher keeps the page and its query.
  const switcher = page.getByRole('navigation', { name: en('nav.language') });
  await Promise.all([
    page.waitForURL(/\/sv\//),
    switcher.getByRole('link', { name: 'Svenska' }).click(),
  ]);
  expect(pathOf(page)).toBe('/sv/municipalities?q=goteborg');
  await expectSoundPage(page, 'sv');
  const search = page.getByRole('main').getByLabel(sv('tenancy.municipalities.search'));
  expect(await search.inputValue()).toBe('goteborg');

  await searchMunicipalities(page, 'sv', 'baerum');
  expect(await municipalityLinks(page).allTextContents()).toEqual(['Bærum']);

  // The whole list, grouped by county: 21 län and 15 fylker.
  await page.goto('/sv/municipalities');
  await expectSoundPage(page, 'sv');
  expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBe(36);
  expect(await municipalityLinks(page).count()).toBe(290 + 357);
  const stockholm = page.getByRole('region', { name: /^Stockholms län/ });
  const akershus = page.getByRole('region', { name: /^Akershus/ });
  expect(await akershus.getByRole('link', { name: 'Bærum' }).count()).toBe(1);

  await Promise.all([
    page.waitForURL('**/sv/municipalities/SE-0127'),
    stockholm.getByRole('link', { name: 'Botkyrka' }).click(),
  ]);
  await expectSoundPage(page, 'sv');
  expect(await headingText(page)).toBe('Botkyrka');
  expect(await page.getByText(sv('tenancy.municipality.demo')).isVisible()).toBe(true);

  const footer = page.getByRole('contentinfo');
  await Promise.all([
    page.waitForURL('**/sv/accessibility'),
    footer.getByRole('link', { name: sv('footer.accessibility') }).click(),
  ]);
  await expectSoundPage(page, 'sv');
  expect(await headingText(page)).toBe(sv('platform.a11y.title'));
  await expectSkipLinkWorks(page);

  for (const [path, lang] of [
    ['/sv/finns-inte', 'sv'],
    ['/nb/municipalities/NO-9999', 'nb'],
    ['/en/municipalities/not-an-id', 'en'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expectSoundPage(page, lang);
    expect(await headingText(page)).toBe(translator(lang)('error.notFound.title'));
  }
}

describe('a visitor', () => {
  test.each([
    ['sv-SE', 'sv'],
    ['nb-NO', 'nb'],
    ['en-US', 'en'],
    ['de-DE', 'sv'],
  ] as const)('with a browser in %s is sent from / to /%s', (locale, lang) =>
    journey.withPage({ locale }, async (page) => {
      await page.goto('/');
      expect(pathOf(page)).toBe(`/${lang}`);
      await expectSoundPage(page, lang);
    }),
  );

  test('on a phone finds municipalities, switches language and reads the statement', () =>
    journey.withPage({ viewport: phoneViewport }, visitorJourney));

  // Every page works without scripts: links and GET forms only.
  test('does the same on a phone with JavaScript disabled', () =>
    journey.withPage({ viewport: phoneViewport, javaScriptEnabled: false }, visitorJourney));

  test('gets a 404 page in the browser’s language at an address without a language', () =>
    journey.withPage({ locale: 'nb-NO' }, async (page) => {
      const response = await page.goto('/no-such-page');
      expect(response?.status()).toBe(404);
      await expectSoundPage(page, 'nb');
    }));

  // Every public page in every language: right <html lang>, nothing left untranslated, and no long
  // word pushing the page wider than a phone.
  test.each(languages)('reads every public page in %s on a phone', (lang) =>
    journey.withPage({ viewport: phoneViewport }, async (page) => {
      for (const path of [
        '',
        '/municipalities?q=asker',
        '/municipalities/NO-3203',
        '/accessibility',
        '/login',
        '/register',
      ]) {
        const response = await page.goto(`/${lang}${path}`);
        expect(response?.status(), path).toBe(200);
        await expectSoundPage(page, lang);
      }
    }),
  );
});
