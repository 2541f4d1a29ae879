import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { phoneViewport } from './support/browser.ts';
import { expectFormErrors } from './support/forms.ts';
import { useJourney } from './support/journey.ts';
import { followMenuLink } from './support/menu.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();
const sv = translator('sv');
const katrineholm = '/sv/municipalities/SE-0483';
const main = (page: Page) => page.getByRole('main');
const title = 'Digital signering av avtal';

async function proposeAndEdit(page: Page): Promise<void> {
  await logIn(page, 'sv', 'manager@katrineholm.example', demoPassword);
  await page.goto(katrineholm);
  await followMenuLink(page, sv('steering.initiatives'), `**${katrineholm}/initiatives`);
  await expectSoundPage(page, 'sv');

  await main(page)
    .getByRole('link', { name: sv('portfolio.initiatives.propose') })
    .click();
  await page.waitForURL(`**${katrineholm}/initiatives/new`);
  await expectSoundPage(page, 'sv');
  const propose = () =>
    Promise.all([
      page.waitForURL(/\/initiatives\/(new|[0-9a-f-]{36})/),
      main(page)
        .getByRole('button', { name: sv('portfolio.initiatives.propose.submit') })
        .click(),
    ]);
  await propose();
  await expectFormErrors(page, sv, {
    title: 'error.required',
    departmentId: 'identity.error.department',
  });
  await expectSoundPage(page, 'sv');

  await page.getByLabel(sv('portfolio.initiative.title'), { exact: true }).fill(title);
  // The demo manager manages the first department in name order.
  await page
    .getByLabel(sv('portfolio.initiative.department'), { exact: true })
    .selectOption({ index: 1 });
  await page
    .getByLabel(sv('portfolio.initiative.problem'), { exact: true })
    .fill('Avtal skrivs ut och skickas med post.');
  await Promise.all([
    page.waitForURL(/\/initiatives\/[0-9a-f-]{36}\?done=initiativeProposed/),
    main(page)
      .getByRole('button', { name: sv('portfolio.initiatives.propose.submit') })
      .click(),
  ]);
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('heading', { level: 1 }).textContent()).toBe(title);
  expect(await main(page).getByRole('status').first().textContent()).toBe(
    sv('portfolio.initiative.done.proposed'),
  );

  await main(page)
    .getByRole('link', { name: sv('portfolio.initiative.edit') })
    .click();
  await page.waitForURL(/\/edit$/);
  await expectSoundPage(page, 'sv');
  const costs = page.locator('#costs');
  await costs.getByLabel(sv('portfolio.initiative.year'), { exact: true }).fill('2027');
  // A number field takes "1e5", which is not an amount as the form asks for it.
  await costs.getByLabel(`${sv('portfolio.initiative.investment')} (SEK)`).fill('1e5');
  await Promise.all([
    page.waitForURL(/\/costs$/),
    costs.getByRole('button', { name: sv('portfolio.initiative.addCost') }).click(),
  ]);
  await expectFormErrors(page, sv, { investment: 'portfolio.initiative.error.amount' });
  await expectSoundPage(page, 'sv');
  await costs.getByLabel(`${sv('portfolio.initiative.investment')} (SEK)`).fill('500000');
  await costs.getByLabel(`${sv('portfolio.initiative.running')} (SEK)`).fill('20000');
  await Promise.all([
    page.waitForURL(/\?done=initiativeSaved/),
    costs.getByRole('button', { name: sv('portfolio.initiative.addCost') }).click(),
  ]);
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('status').first().textContent()).toBe(
    sv('portfolio.initiative.done.saved'),
  );

  await main(page)
    .getByRole('link', { name: sv('portfolio.initiative.back') })
    .click();
  await page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/);
  await expectSoundPage(page, 'sv');
  const total = await page.locator('#costs tfoot').textContent();
  // 500 000 + 20 000 = 520 000 kr over the one year.
  expect(total?.replace(/[\u00a0\u202f]/g, ' ')).toContain('520 000 kr');
  await page.setViewportSize(phoneViewport);
  await expectSoundPage(page, 'sv');
}

describe('initiatives journey', () => {
  test('a manager proposes an initiative, adds its costs and reads its page', () =>
    journey.withPage({ locale: 'sv-SE' }, proposeAndEdit));

  test('a visitor reads the public initiatives on a phone', () =>
    journey.withPage({ viewport: phoneViewport }, async (page) => {
      await page.goto(`${katrineholm}/initiatives`);
      await expectSoundPage(page, 'sv');
      expect(
        await main(page)
          .getByRole('button', { name: sv('portfolio.initiatives.filterApply') })
          .count(),
      ).toBe(1);
      // An initiative opens with its stages, one of them the current step, and its summary;
      // a visitor has no next step to take.
      await Promise.all([
        page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/),
        main(page).locator('a[href*="/initiatives/"]').first().click(),
      ]);
      await expectSoundPage(page, 'sv');
      const stepper = main(page).getByRole('list', { name: sv('portfolio.stepper.label') });
      expect(await stepper.getByRole('listitem').count()).toBe(6);
      expect(await stepper.locator('[aria-current="step"]').count()).toBe(1);
      expect(
        await main(page)
          .getByRole('heading', { name: sv('portfolio.summary.title'), exact: true })
          .count(),
      ).toBe(1);
      expect(await page.locator('#next').count()).toBe(0);
      // A department's plan, reached from the municipality page.
      await page.goto(katrineholm);
      await Promise.all([
        page.waitForURL(/\/departments\/[0-9a-f-]{36}$/),
        main(page).locator('a[href*="/departments/"]').first().click(),
      ]);
      await expectSoundPage(page, 'sv');
      expect(
        await main(page)
          .getByRole('heading', { name: sv('portfolio.departmentPlan.owned') })
          .count(),
      ).toBe(1);
    }));
});
