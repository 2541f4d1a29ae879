import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { expectFormErrors } from './support/forms.ts';
import { useJourney } from './support/journey.ts';
import { followMenuLink } from './support/menu.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();
const sv = translator('sv');
const botkyrka = '/sv/municipalities/SE-0127';
const main = (page: Page) => page.getByRole('main');
const title = 'Digital läxhjälp i varje skola';

/** Botkyrka's manager shares one of the department's public initiatives as a case. */
async function publish(page: Page): Promise<string> {
  await logIn(page, 'sv', 'manager@botkyrka.example', demoPassword);
  await page.goto(botkyrka);
  await followMenuLink(page, sv('cases.municipalityNav'), `**${botkyrka}/cases`);
  await expectSoundPage(page, 'sv');
  await Promise.all([
    page.waitForURL(/\/initiatives\/[0-9a-f-]{36}\/case$/),
    main(page)
      .getByRole('link', { name: new RegExp(sv('cases.mine.publish')) })
      .first()
      .click(),
  ]);
  await expectSoundPage(page, 'sv');
  const field = (key: Parameters<typeof sv>[0]) => page.getByLabel(sv(key), { exact: true });
  await field('cases.field.title').fill(title);
  await field('cases.field.summary').fill(
    'Elever får läxhjälp på nätet av lärare från hela kommunen.',
  );
  await field('cases.field.contact').fill('skola@botkyrka.example');
  await field('cases.field.serviceDomain').selectOption('schools');
  await field('cases.field.licenceUrl').fill('EUPL');
  const submit = () =>
    main(page)
      .getByRole('button', { name: sv('cases.publish.submit') })
      .click();
  await submit();
  await expectFormErrors(page, sv, { licenceUrl: 'error.url' });
  await expectSoundPage(page, 'sv');
  await field('cases.field.licenceUrl').fill('https://eupl.eu/1.2/sv/');
  await Promise.all([page.waitForURL(/\/sv\/cases\/[0-9a-f-]{36}\?done=casePublished/), submit()]);
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('heading', { level: 1 }).textContent()).toBe(title);
  return new URL(page.url()).pathname;
}

/** Katrineholm's manager finds the case by another word form and adopts it as a pilot. */
async function findAndAdopt(page: Page, casePath: string): Promise<void> {
  await logIn(page, 'sv', 'manager@katrineholm.example', demoPassword);
  await page.goto('/sv/cases');
  await expectSoundPage(page, 'sv');
  await page.getByRole('search').getByLabel(sv('cases.search.label')).fill('skolor');
  await Promise.all([
    page.waitForURL(/\/sv\/cases\?q=skolor/),
    page
      .getByRole('search')
      .getByRole('button', { name: sv('cases.search.submit') })
      .click(),
  ]);
  await expectSoundPage(page, 'sv');
  await Promise.all([
    page.waitForURL(`**${casePath}`),
    main(page).getByRole('link', { name: title }).click(),
  ]);
  await expectSoundPage(page, 'sv');
  await page.getByLabel(sv('cases.adopt.department')).selectOption({ index: 1 });
  await page.getByLabel(sv('cases.adopt.stage')).selectOption('pilot');
  await Promise.all([
    page.waitForURL(/\?done=caseAdopted/),
    main(page)
      .getByRole('button', { name: sv('cases.adopt.submit') })
      .click(),
  ]);
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('status').first().textContent()).toBe(sv('cases.done.adopted'));
  const adopters = main(page).getByRole('region', { name: sv('cases.adopters.title') });
  expect(await adopters.getByRole('row', { name: /Katrineholm/ }).textContent()).toContain(
    sv('cases.status.piloting'),
  );
}

describe('shared cases', () => {
  test('Botkyrka shares an initiative, Katrineholm finds it by another word form and adopts it', async () => {
    const casePath = await journey.withPage({}, publish);
    await journey.withPage({}, (page) => findAndAdopt(page, casePath));
  });
});
