import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { phoneViewport } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();
const main = (page: Page) => page.getByRole('main');

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
  await main(page)
    .getByRole('link', { name: t('steering.dashboard') })
    .click();
  await page.waitForURL(`**/${lang}/municipalities/${id}/dashboard`);
  await expectSoundPage(page, lang);
  const h1 = (await main(page).getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(h1.startsWith(t('dashboards.title', { name: '' }))).toBe(true);
  expect(h1).toContain(name);
  // Every chart is an image with a name, and its numbers are in a table.
  const charts = main(page).locator('svg[role="img"]');
  expect(await charts.count()).toBeGreaterThanOrEqual(5);
  expect(
    await main(page)
      .getByRole('table', { name: t('dashboards.stagesHeading') })
      .count(),
  ).toBe(1);
  expect(
    await main(page)
      .getByText(t('dashboards.stagesTotal', { count: 40 }))
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
});
