import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translator } from '../src/web/i18n/index.ts';
import { phoneViewport } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { pathOf } from './support/paths.ts';

const journey = useJourney();
const sv = translator('sv');
const botkyrka = '/sv/municipalities/SE-0127';

function main(page: Page) {
  return page.getByRole('main');
}

/** Searches with the search landmark's field on the current page and waits for the results. */
async function searchFor(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByRole('search').getByLabel(label);
  await field.fill(text);
  await Promise.all([page.waitForURL(/\/search\?q=/), field.press('Enter')]);
  await expectSoundPage(page, 'sv');
}

function results(page: Page) {
  return main(page)
    .getByRole('list', { name: sv('search.results') })
    .getByRole('listitem');
}

/**
 * A visitor searches Botkyrka from its page, reads the ranked hits with the words marked, opens
 * one, then tries a misspelt word and the search words and order of the initiatives list.
 */
async function searchJourney(page: Page): Promise<void> {
  await page.goto(botkyrka);
  await expectSoundPage(page, 'sv');
  await searchFor(page, sv('search.box.label', { name: 'Botkyrka' }), 'omsorg');
  expect(pathOf(page)).toBe(`${botkyrka}/search?q=omsorg`);
  expect(await page.getByRole('search').getByLabel(sv('search.label')).inputValue()).toBe('omsorg');
  const count = await results(page).count();
  expect(count).toBeGreaterThan(0);
  expect(await main(page).getByRole('status').textContent()).toBe(
    sv('search.count', { count, q: 'omsorg' }),
  );
  const first = results(page).first();
  expect(await first.locator('mark').first().textContent()).toMatch(/^omsorg/i);
  const link = first.getByRole('heading', { level: 2 }).getByRole('link');
  const title = (await link.textContent()) ?? '';
  await Promise.all([page.waitForURL(/\/goals\/|\/initiatives\/|\/decisions/), link.click()]);
  await expectSoundPage(page, 'sv');
  if (!page.url().includes('/decisions')) {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(title);
  }

  await page.goBack();
  await searchFor(page, sv('search.label'), 'omsrog');
  expect(await main(page).getByText(sv('search.similar')).count()).toBe(1);
  expect(await results(page).count()).toBeGreaterThan(0);

  await page.goto(`${botkyrka}/initiatives`);
  await main(page).getByLabel(sv('portfolio.initiatives.filterText')).fill('digital');
  await main(page)
    .getByLabel(sv('portfolio.initiatives.sort'))
    .selectOption({ label: sv('portfolio.initiatives.sort.cost') });
  await Promise.all([
    page.waitForURL(/initiatives\?q=digital/),
    main(page)
      .getByRole('button', { name: sv('portfolio.initiatives.filterApply') })
      .click(),
  ]);
  await expectSoundPage(page, 'sv');
  const sorted = main(page).locator('th[aria-sort="descending"]');
  expect(await sorted.textContent()).toBe(sv('portfolio.initiative.totalCost'));
}

describe('the municipality search', () => {
  test('on a phone: from the municipality page to a result', () =>
    journey.withPage({ viewport: phoneViewport }, searchJourney));

  test('on a desktop: from the municipality page to a result', () =>
    journey.withPage({ viewport: { width: 1280, height: 900 } }, searchJourney));
});
