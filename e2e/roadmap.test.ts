import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  goalContributions,
  initiativeSystems,
  systems,
} from '../src/domains/styrning/portfolio/portfolio.schema.ts';
import { goals } from '../src/domains/styrning/strategy/strategy.schema.ts';
import { insertTestDepartment, insertTestInitiative } from '../src/testing/steering-fixtures.ts';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { launchBrowser, phoneViewport, withPage } from './support/browser.ts';
import { expectFormErrors } from './support/forms.ts';
import { followMenuLink } from './support/menu.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword, startTestServer, type TestServer } from './support/server.ts';

// This journey needs its own fixtures in the database (demo content varies), so it starts the
// server and browser itself and adds them through the server's database handle.
let server: TestServer | undefined;
let browser: Browser | undefined;
const fixture: Record<string, string> = {};

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const db = server.database.db;
  const care = await insertTestDepartment(db, 'SE-0483', 'Resa Omsorg');
  const school = await insertTestDepartment(db, 'SE-0483', 'Resa Skola');
  const [goal] = await db
    .insert(goals)
    .values({
      municipalityId: 'SE-0483',
      title: 'Resa: trygg omsorg på distans',
      status: 'adopted',
    })
    .returning();
  const add = (title: string, departmentId: string, startsOn: string, endsOn: string) =>
    insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId,
      title,
      isPublic: true,
      stage: 'pilot',
      startsOn,
      endsOn,
    });
  const night = await add('Resa Digital nattillsyn', care.id, '2026-02-01', '2027-05-31');
  const schedule = await add('Resa Gemensam schemaläggning', school.id, '2026-08-01', '2028-06-30');
  await add('Resa Annan satsning', school.id, '2027-01-01', '2027-12-31');
  for (const i of [night, schedule]) {
    await db
      .insert(goalContributions)
      .values({ initiativeId: i.id, goalId: goal?.id ?? '', weight: 1 });
  }
  Object.assign(fixture, {
    care: care.name,
    school: school.name,
    night: night.id,
    schedule: schedule.id,
  });
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const open = <T>(options: Parameters<typeof withPage>[1], use: (page: Page) => Promise<T>) => {
  if (!browser || !server) throw new Error('the journey did not start');
  return withPage(browser, { baseURL: server.url, ...options }, use);
};
const main = (page: Page) => page.getByRole('main');

describe('roadmap journey', () => {
  test('a visitor opens the roadmap on a phone and filters it by goal', () =>
    open({ viewport: phoneViewport, locale: 'sv-SE' }, async (page) => {
      const sv = translator('sv');
      await page.goto('/sv/municipalities/SE-0483');
      await followMenuLink(page, sv('steering.roadmap'), '**/sv/municipalities/SE-0483/roadmap');
      await expectSoundPage(page, 'sv');
      expect(await main(page).getByRole('heading', { level: 1 }).textContent()).toBe(
        sv('roadmap.title', { name: 'Katrineholm' }),
      );
      await page
        .getByLabel(sv('roadmap.goal'), { exact: true })
        .selectOption({ label: 'Resa: trygg omsorg på distans' });
      await Promise.all([
        page.waitForURL('**/roadmap?goal=*'),
        main(page)
          .getByRole('button', { name: sv('roadmap.filter') })
          .click(),
      ]);
      await expectSoundPage(page, 'sv');
      const svg = main(page).getByRole('img', { name: sv('roadmap.chartTitle') });
      expect(await svg.count()).toBe(1);
      const table = main(page).getByRole('region', { name: sv('roadmap.tableLabel') });
      const links = await table.getByRole('link').allTextContents();
      expect(links).toEqual(['Resa Digital nattillsyn', 'Resa Gemensam schemaläggning']);
      expect(await main(page).getByText('Resa Annan satsning').count()).toBe(0);
      expect(await page.locator('#roadmap-count').textContent()).toBe(
        sv('roadmap.count', { count: 2 }),
      );
    }));

  test(
    'an admin builds the catalogue, marks two departments and sees the matrix and an overlap',
    () =>
      open({}, async (page) => {
        const en = translator('en');
        const systemsPath = '/en/municipalities/SE-0483/systems';
        await logIn(page, 'en', 'admin@katrineholm.example', demoPassword);
        await page.goto('/en/municipalities/SE-0483');
        await followMenuLink(page, en('steering.systems'), `**${systemsPath}`);
        await expectSoundPage(page, 'en');
        // The catalogue is kept on a page of its own, linked from the map for admins.
        await Promise.all([
          page.waitForURL(`**${systemsPath}/catalogue`),
          main(page)
            .getByRole('link', { name: en('roadmap.systems.catalogueLink') })
            .click(),
        ]);
        await expectSoundPage(page, 'en');
        // Each button posts a form; wait for the page that answers (a redirect or the form again).
        const press = async (form: ReturnType<Page['locator']>, button: string) => {
          await Promise.all([
            page.waitForEvent('load'),
            form.getByRole('button', { name: button }).click(),
          ]);
          await expectSoundPage(page, 'en');
        };
        const capabilityForm = main(page).locator('form', {
          has: page.getByRole('button', { name: en('roadmap.systems.addCapability') }),
        });
        await press(capabilityForm, en('roadmap.systems.addCapability'));
        await expectFormErrors(page, en, { 'cap-new-name': 'error.required' });
        await capabilityForm
          .getByLabel(en('roadmap.systems.capabilityName'))
          .fill('Resa Schemaläggning');
        await press(capabilityForm, en('roadmap.systems.addCapability'));
        expect(await main(page).getByRole('status').first().textContent()).toBe(
          en('roadmap.systems.capabilityAdded'),
        );

        const systemForm = main(page).locator('form', {
          has: page.getByRole('button', { name: en('roadmap.systems.addSystem'), exact: true }),
        });
        for (const [name, vendor] of [
          ['Resa TimeCare', 'Tieto'],
          ['Resa Skola24', 'Skola24 AB'],
        ] as const) {
          await systemForm.getByLabel(en('roadmap.systems.systemName'), { exact: true }).fill(name);
          await systemForm.getByLabel(en('roadmap.systems.vendor'), { exact: true }).fill(vendor);
          await systemForm
            .getByLabel(en('roadmap.systems.capability'), { exact: true })
            .selectOption({ label: 'Resa Schemaläggning' });
          await press(systemForm, en('roadmap.systems.addSystem'));
          expect(await main(page).getByRole('status').first().textContent()).toBe(
            en('roadmap.systems.systemAdded'),
          );
        }

        // A system nobody uses yet is removed after the confirmation that names it.
        await systemForm
          .getByLabel(en('roadmap.systems.systemName'), { exact: true })
          .fill('Resa Tillfälligt');
        await press(systemForm, en('roadmap.systems.addSystem'));
        const removal = main(page).locator('details', {
          hasText: en('roadmap.systems.removeEntry', { name: 'Resa Tillfälligt' }),
        });
        await removal.locator('summary').click();
        expect(await removal.textContent()).toContain(
          en('roadmap.systems.confirmSystem', { name: 'Resa Tillfälligt' }),
        );
        await press(removal, en('roadmap.systems.confirmYes', { name: 'Resa Tillfälligt' }));
        expect(await main(page).getByRole('status').first().textContent()).toBe(
          en('roadmap.systems.systemRemoved'),
        );
        expect(await main(page).getByRole('heading', { name: 'Resa Tillfälligt' }).count()).toBe(0);

        await Promise.all([
          page.waitForURL(`**${systemsPath}`),
          main(page)
            .getByRole('link', { name: en('roadmap.systems.backToMap') })
            .click(),
        ]);
        await expectSoundPage(page, 'en');
        for (const [system, department] of [
          ['Resa TimeCare', fixture.care],
          ['Resa Skola24', fixture.school],
        ]) {
          const pair = en('roadmap.systems.usagePair', {
            system: system ?? '',
            department: department ?? '',
          });
          await press(main(page), `${en('roadmap.systems.markUsed')} ${pair}`);
        }
        const matrix = main(page).getByRole('region', { name: en('roadmap.systems.matrix') });
        const careRow = matrix.getByRole('row', { name: new RegExp(`^${fixture.care}`) });
        expect(await careRow.getByRole('cell', { name: 'Resa TimeCare' }).count()).toBe(1);
        expect(
          await matrix
            .getByRole('columnheader', { name: /Resa Schemaläggning \(silo signal\)/ })
            .count(),
        ).toBe(1);
        expect(
          await main(page)
            .getByRole('heading', {
              name: en('roadmap.systems.siloHeading', { capability: 'Resa Schemaläggning' }),
            })
            .count(),
        ).toBe(1);

        // The initiatives' systems are chosen on the initiative's edit page; here they are set directly.
        const db = server?.database.db;
        if (!db) throw new Error('no database');
        const idOf = async (name: string) =>
          (await db.select({ id: systems.id }).from(systems).where(eq(systems.name, name)))[0]
            ?.id ?? '';
        await db.insert(initiativeSystems).values([
          { initiativeId: fixture.night ?? '', systemId: await idOf('Resa TimeCare') },
          { initiativeId: fixture.schedule ?? '', systemId: await idOf('Resa Skola24') },
        ]);
        await page.reload();
        await expectSoundPage(page, 'en');
        const overlap = main(page).getByRole('heading', {
          name: en('roadmap.systems.overlapHeading', { capability: 'Resa Schemaläggning' }),
        });
        expect(await overlap.count()).toBe(1);
        const signals = main(page).locator('#signals');
        expect(await signals.getByRole('link', { name: 'Resa Digital nattillsyn' }).count()).toBe(
          1,
        );
        expect(
          await signals.getByRole('link', { name: 'Resa Gemensam schemaläggning' }).count(),
        ).toBe(1);
      }),
    180_000,
  );

  test('on a phone the systems map, its catalogue and the initiatives fit the screen', () =>
    open({ viewport: phoneViewport }, async (page) => {
      const en = translator('en');
      await logIn(page, 'en', 'admin@katrineholm.example', demoPassword);
      // Each page is checked as a whole: axe, and nothing wider than the 360 px screen.
      await page.goto('/en/municipalities/SE-0483/systems');
      await expectSoundPage(page, 'en');
      // The matrix keeps its grid and scrolls inside its own box instead.
      const box = main(page).locator('#matrix .table-wrap[data-layout="matrix"]');
      const widths = await box.evaluate((el) => ({ inner: el.scrollWidth, outer: el.clientWidth }));
      expect(widths.inner).toBeGreaterThan(widths.outer);
      expect(await box.getAttribute('aria-label')).toBe(en('roadmap.systems.matrix'));
      await page.goto('/en/municipalities/SE-0483/systems/catalogue');
      await expectSoundPage(page, 'en');
      // An open confirmation fits too.
      await main(page).locator('details.catalogue-remove > summary').first().click();
      await expectSoundPage(page, 'en');
      await page.goto('/en/municipalities/SE-0483/initiatives');
      await expectSoundPage(page, 'en');
      // Each initiative is a card: its title first, the other columns under their headers.
      const firstRow = main(page).locator('tbody tr').first();
      const cells = firstRow.locator('td');
      expect(await cells.nth(1).getAttribute('data-label')).toBe(
        en('portfolio.initiative.department'),
      );
      const [rowBox, titleBox] = await Promise.all([
        firstRow.boundingBox(),
        cells.first().boundingBox(),
      ]);
      expect(titleBox?.width ?? 0).toBeGreaterThan((rowBox?.width ?? 0) * 0.8);
    }));
});
