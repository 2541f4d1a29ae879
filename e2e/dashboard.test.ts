import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { acceptedDemoProposals } from '../src/domains/dialog/proposals/demo-texts.ts';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { phoneViewport } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { followMenuLink } from './support/menu.ts';
import { expectReadableCharts, expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();
const main = (page: Page) => page.getByRole('main');

/** On a phone, each chart's table is folded under its summary; opens the one for `table`. */
async function showNumbers(page: Page, lang: 'sv' | 'nb', table: string) {
  const numbers = main(page).locator('details.chart-numbers', {
    has: page.locator('caption', { hasText: table }),
  });
  const summary = numbers.locator('summary');
  if (await summary.isVisible()) {
    expect(await numbers.getAttribute('open')).toBeNull();
    await summary.getByText(translator(lang)('app.chart.numbers')).click();
  }
}

async function openDashboards(
  page: Page,
  lang: 'sv' | 'nb',
  email: string,
  id: string,
  name: string,
) {
  const t = translator(lang);
  await logIn(page, lang, email, demoPassword);
  await page.goto(`/${lang}/municipalities/${id}`);
  await followMenuLink(page, t('steering.dashboard'), `**/${lang}/municipalities/${id}/dashboard`);
  await expectSoundPage(page, lang);
  const h1 = (await main(page).getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(h1.startsWith(t('dashboards.title', { name: '' }))).toBe(true);
  expect(h1).toContain(name);
  // It opens with the key figures, before any chart.
  const keyFigures = main(page).getByRole('region', { name: t('dashboards.key.heading') });
  expect(await keyFigures.getByRole('listitem').count()).toBe(5);
  expect(await keyFigures.textContent()).toContain(t('dashboards.key.goals'));
  // Every chart is an image with a name, its text readable, and its numbers are in a table.
  const charts = main(page).locator('svg[role="img"]');
  expect(await charts.count()).toBeGreaterThanOrEqual(5);
  expect(await expectReadableCharts(page)).toBeGreaterThan(20);
  // Realised values stop at today: the money chart has "today" on it, and no realised 0 after it.
  expect(await main(page).locator('#chart-money .today').count()).toBe(1);
  await showNumbers(page, lang, t('dashboards.stagesHeading'));
  const stages = main(page).getByRole('table', { name: t('dashboards.stagesHeading') });
  expect(await stages.count()).toBe(1);
  // The total said above the chart is the sum of its table: at least the demo's 40 initiatives
  // and those its accepted proposals became (other journeys may add to the same municipality).
  const perStage = await stages.locator('tbody td.numeric').allTextContents();
  const total = perStage.reduce((sum, cell) => sum + Number(cell.replace(/\D/g, '')), 0);
  expect(total).toBeGreaterThanOrEqual(40 + acceptedDemoProposals(id));
  expect(
    await main(page)
      .getByText(t('dashboards.stagesTotal', { count: total }))
      .count(),
  ).toBe(1);

  const departments = main(page).getByRole('navigation', { name: t('dashboards.departmentLinks') });
  const first = departments.getByRole('link').first();
  const departmentName = (await first.textContent()) ?? '';
  await first.click();
  await page.waitForURL(`**/${lang}/municipalities/${id}/departments/*/dashboard`);
  await expectSoundPage(page, lang);
  expect(await main(page).getByRole('heading', { level: 1 }).textContent()).toContain(
    t('dashboards.departmentTitle', { department: departmentName, name: '' }),
  );
  await expectReadableCharts(page);
}

/** A goal's page: each indicator's trend readable beside (or above) its measurements. */
async function openGoal(page: Page, lang: 'sv' | 'nb', id: string) {
  const t = translator(lang);
  await page.goto(`/${lang}/municipalities/${id}/goals`);
  await main(page).locator('.goal-tree a').first().click();
  await page.waitForURL(`**/${lang}/municipalities/${id}/goals/*`);
  await expectSoundPage(page, lang);
  expect(await main(page).locator('svg.chart[id^="trend-"]').count()).toBeGreaterThan(0);
  expect(await main(page).locator('svg.chart .today').count()).toBeGreaterThan(0);
  expect(await expectReadableCharts(page)).toBeGreaterThan(5);
  expect(
    await main(page)
      .getByRole('heading', { name: t('strategy.goal.initiatives') })
      .count(),
  ).toBe(1);
}

describe('dashboard journey', () => {
  test('a politician opens the leadership dashboard and a department dashboard', () =>
    journey.withPage({ locale: 'sv-SE' }, (page) =>
      openDashboards(page, 'sv', 'politician@botkyrka.example', 'SE-0127', 'Botkyrka'),
    ));

  test('on a phone, in Norwegian', () =>
    journey.withPage({ viewport: phoneViewport }, (page) =>
      openDashboards(page, 'nb', 'politician@asker.example', 'NO-3203', 'Asker'),
    ));

  test('a resident reads a goal’s trend on a phone', () =>
    journey.withPage({ viewport: phoneViewport, locale: 'sv-SE' }, (page) =>
      openGoal(page, 'sv', 'SE-0127'),
    ));
});
