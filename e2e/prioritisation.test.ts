import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  grantRoles,
  TEST_MUNICIPALITY,
  tinyPortfolio,
} from '../src/domains/styrning/prioritisation/prioritisation.fixtures.ts';
import { demoPasswordForTests } from '../src/testing/test-app.ts';
import { currencySymbol, translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { launchBrowser, phoneViewport, withPage } from './support/browser.ts';
import { expectFormErrors } from './support/forms.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { startTestServer, type TestServer } from './support/server.ts';

// The journey needs a portfolio it knows, whatever demo content exists: the real server on a
// fresh database, plus a small portfolio in a municipality without demo content (Stockholm),
// where the Katrineholm demo admin and politician also hold their roles.
let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await grantRoles(server.database.db, TEST_MUNICIPALITY);
  await tinyPortfolio(server.database.db, TEST_MUNICIPALITY);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const sv = translator('sv');
const home = `/sv/municipalities/${TEST_MUNICIPALITY}/prioritisation`;
const main = (page: Page) => page.getByRole('main');
const use = <T>(fn: (page: Page) => Promise<T>) =>
  withPage(browser, { baseURL: server.url, locale: 'sv-SE' }, fn);

async function runScenario(page: Page, name: string, budget: string, urgency: string) {
  await page.goto(home);
  await expectSoundPage(page, 'sv');
  await page.getByLabel(sv('prioritisation.name'), { exact: true }).fill(name);
  await page.getByLabel(sv('prioritisation.year'), { exact: true }).fill('2027');
  await page
    .getByLabel(sv('prioritisation.budget', { currency: currencySymbol(sv, 'SEK') }), {
      exact: true,
    })
    .fill(budget);
  const weight = (
    c: 'goalContribution' | 'benefitCost' | 'urgency' | 'feasibility' | 'risk' | 'reusePotential',
  ) => page.getByLabel(sv(`prioritisation.criterion.${c}`), { exact: true });
  await weight('goalContribution').fill('1');
  for (const c of ['benefitCost', 'feasibility', 'risk', 'reusePotential'] as const)
    await weight(c).fill('0');
  await weight('urgency').fill(urgency);
  await Promise.all([
    page.waitForURL('**/prioritisation/scenarios/**'),
    main(page)
      .getByRole('button', { name: sv('prioritisation.runSubmit') })
      .click(),
  ]);
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('heading', { level: 1 }).textContent()).toBe(name);
  return page.url();
}

/**
 * An admin runs two scenarios and compares them; returns the address of the second. The tests that
 * need the scenarios ask for this step rather than relying on the order tests run in: it runs once,
 * whichever test asks first.
 */
let scenariosRun: Promise<string> | undefined;
const scenarios = () => {
  scenariosRun ??= use(async (page) => {
    await logIn(page, 'sv', 'admin@katrineholm.example', demoPasswordForTests);
    await page.goto(`${home}/settings`);
    await expectSoundPage(page, 'sv');

    // A budget of 0 is refused with the error tied to its field.
    await page.goto(home);
    await page.getByLabel(sv('prioritisation.name'), { exact: true }).fill('Noll');
    await page
      .getByLabel(sv('prioritisation.budget', { currency: currencySymbol(sv, 'SEK') }), {
        exact: true,
      })
      .fill('0');
    await Promise.all([
      page.waitForURL(`**${home}/scenarios`),
      main(page)
        .getByRole('button', { name: sv('prioritisation.runSubmit') })
        .click(),
    ]);
    await expectFormErrors(page, sv, { budget: 'prioritisation.error.budget' });
    await expectSoundPage(page, 'sv');

    // Budget 10, goal contribution only: A (6) + C (4) + the free H, by hand; B loses to A.
    await runScenario(page, 'Stram budget', '10', '0');
    const rowOf = (title: string) =>
      main(page)
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
    expect(await rowOf('A nattillsyn').textContent()).toContain(sv('prioritisation.reason.chosen'));
    expect(await rowOf('B bygglov').textContent()).toContain(
      sv('prioritisation.reason.lowerScore', { name: 'A nattillsyn' }),
    );
    expect(await rowOf('D lärresurser').textContent()).toContain(
      sv('prioritisation.reason.needs', { name: 'E idé' }),
    );
    // Budget 15 with urgency weighed in: A, B and C all fit.
    const adoptUrl = await runScenario(page, 'Större budget', '15', '1');
    expect(await rowOf('B bygglov').textContent()).toContain(sv('prioritisation.reason.chosen'));

    await page.goto(home);
    await Promise.all([
      page.waitForURL('**/prioritisation/compare**'),
      main(page)
        .getByRole('button', { name: sv('prioritisation.compareSubmit') })
        .click(),
    ]);
    await expectSoundPage(page, 'sv');
    expect(await page.locator('#differences').textContent()).toContain('B bygglov');

    await page.goto(`${adoptUrl}/sensitivity`);
    await expectSoundPage(page, 'sv');
    return adoptUrl;
  });
  return scenariosRun;
};

describe('prioritisation journey', () => {
  test('an admin runs two scenarios and compares them; a politician adopts one by decision', async () => {
    const adoptUrl = await scenarios();
    await use(async (page) => {
      await logIn(page, 'sv', 'politician@katrineholm.example', demoPasswordForTests);
      await page.goto(adoptUrl);
      await expectSoundPage(page, 'sv');
      await page
        .getByLabel(sv('decisions.body'), { exact: true })
        .selectOption({ label: 'Kommunstyrelsen' });
      await page.getByLabel(sv('decisions.date'), { exact: true }).fill('2026-11-30');
      await page
        .getByLabel(sv('decisions.text'), { exact: true })
        .fill('Satsningsportföljen 2027 antas.');
      await page.getByLabel(sv('prioritisation.promote'), { exact: true }).check();
      await Promise.all([
        page.waitForURL('**?done=scenarioAdopted'),
        main(page)
          .getByRole('button', { name: sv('prioritisation.adoptSubmit') })
          .click(),
      ]);
      await expectSoundPage(page, 'sv');
      expect(await page.locator('#adoption-status').textContent()).toContain(
        sv('prioritisation.adoptedBy', {
          number: 1,
          date: sv.date(new Date('2026-11-30T12:00:00Z')),
        }),
      );
      await Promise.all([
        // The link names the decision, so the list opens on the page that holds it.
        page.waitForURL((url) => url.pathname.endsWith('/decisions')),
        page.locator('#adoption-status').getByRole('link').click(),
      ]);
      await expectSoundPage(page, 'sv');
      expect(
        await main(page)
          .locator('li[id^="decision-"]', { hasText: 'Satsningsportföljen 2027 antas.' })
          .count(),
      ).toBe(1);
    });
  });
  test('staff read the scenarios, a comparison and a sensitivity view on a phone', async () => {
    await scenarios();
    await withPage(
      browser,
      { baseURL: server.url, locale: 'sv-SE', viewport: phoneViewport },
      async (page) => {
        await logIn(page, 'sv', 'staff@katrineholm.example', demoPasswordForTests);
        await page.goto(home);
        await expectSoundPage(page, 'sv');
        // Staff see, but do not run scenarios.
        expect(
          await main(page)
            .getByRole('button', { name: sv('prioritisation.runSubmit') })
            .count(),
        ).toBe(0);
        await Promise.all([
          page.waitForURL('**/prioritisation/compare**'),
          main(page)
            .getByRole('button', { name: sv('prioritisation.compareSubmit') })
            .click(),
        ]);
        await expectSoundPage(page, 'sv');
        await page.goto(home);
        await main(page).getByRole('link', { name: 'Stram budget' }).click();
        await page.waitForURL('**/prioritisation/scenarios/**');
        await expectSoundPage(page, 'sv');
        await main(page)
          .getByRole('link', { name: sv('prioritisation.sensitivityLink') })
          .click();
        await page.waitForURL('**/sensitivity');
        await expectSoundPage(page, 'sv');
      },
    );
  });
  test('an admin on a phone sees what is at stake before the budget, and a demo scenario’s budget use', () =>
    withPage(
      browser,
      { baseURL: server.url, locale: 'sv-SE', viewport: phoneViewport },
      async (page) => {
        const demo = '/sv/municipalities/SE-0483/prioritisation';
        await logIn(page, 'sv', 'admin@katrineholm.example', demoPasswordForTests);
        await page.goto(`${demo}?year=2027`);
        await expectSoundPage(page, 'sv');
        // The candidates and their total come before the budget field, in reading order too.
        const total = page.locator('#candidates-total');
        const budget = page.getByLabel(
          sv('prioritisation.budget', { currency: currencySymbol(sv, 'SEK') }),
          {
            exact: true,
          },
        );
        expect(await budget.getAttribute('type')).toBe('number');
        const [totalBox, budgetBox] = await Promise.all([
          total.boundingBox(),
          budget.boundingBox(),
        ]);
        expect(totalBox?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(budgetBox?.y ?? 0);
        expect(await main(page).locator('#candidates tbody tr').count()).toBeGreaterThan(3);

        // The demo's scenarios are listed; the basic one shows how much of its budget it uses.
        await Promise.all([
          page.waitForURL('**/prioritisation/scenarios/**'),
          main(page).getByRole('link', { name: 'Budget 2027 – grundnivå' }).click(),
        ]);
        await expectSoundPage(page, 'sv');
        const meter = page.locator('#budget-meter');
        expect(Number(await meter.getAttribute('value'))).toBeGreaterThan(0);
        expect(Number(await meter.getAttribute('value'))).toBeLessThanOrEqual(
          Number(await meter.getAttribute('max')),
        );
        expect(await page.locator('#budget-use-text').textContent()).toMatch(/\d+(,\d)?\s%/);
        for (const id of ['chosen', 'not-chosen']) {
          expect(await page.locator(`#${id} tbody tr`).count(), id).toBeGreaterThan(0);
        }
      },
    ));
});
