import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { useJourney } from './support/journey.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();
const en = translator('en');
const botkyrka = '/en/municipalities/SE-0127';

async function press(page: Page, name: string, url: RegExp | string) {
  await Promise.all([page.waitForURL(url), page.getByRole('button', { name }).first().click()]);
}

async function as(page: Page, email: string, url: string) {
  await page.goto(`${botkyrka}/challenges`);
  await press(page, en('nav.logout'), /\/login/).catch(() => undefined);
  await logIn(page, 'en', email, demoPassword);
  await page.goto(url);
  await expectSoundPage(page, 'en');
}

describe('a co-creation challenge', () => {
  test('gathers ideas from three roles, fills a workshop whose waiting list moves, and its chosen idea becomes an initiative', () =>
    journey.withPage({ locale: 'en-GB' }, async (page) => {
      const title = `Safer walks to school ${Date.now()}`;
      await logIn(page, 'en', 'staff@botkyrka.example', demoPassword);
      await page.goto(`${botkyrka}/challenges`);
      await expectSoundPage(page, 'en');
      await page.getByRole('link', { name: en('challenges.list.new') }).click();
      await page.waitForURL(/\/challenges\/new$/);
      await expectSoundPage(page, 'en');
      await page.getByLabel(en('challenges.field.title'), { exact: true }).fill(title);
      await page
        .getByLabel(en('challenges.field.problem'), { exact: true })
        .fill('Children walk along a dark road.');
      await page
        .getByLabel(en('challenges.field.affected'), { exact: true })
        .fill('Children and their parents.');
      await page
        .getByLabel(en('challenges.field.department'), { exact: true })
        .selectOption({ index: 1 });
      await page.getByLabel(en('challenges.field.startsOn'), { exact: true }).fill('2031-01-10');
      await page.getByLabel(en('challenges.field.endsOn'), { exact: true }).fill('2031-06-30');
      await press(page, en('challenges.new.submit'), /done=challengePosted/);
      await expectSoundPage(page, 'en');
      const challengeUrl = page.url().split('?')[0] as string;
      // A workshop with one place.
      await page
        .getByLabel(en('challenges.workshops.title'), { exact: true })
        .fill('Walk and talk');
      await page
        .getByLabel(en('challenges.workshops.startsAt'), { exact: true })
        .fill('2031-02-01T17:00');
      await page
        .getByLabel(en('challenges.workshops.endsAt'), { exact: true })
        .fill('2031-02-01T19:00');
      await page
        .getByLabel(en('challenges.workshops.placeField'), { exact: true })
        .fill('Tumba school');
      await page.getByLabel(en('challenges.workshops.capacity'), { exact: true }).fill('1');
      await press(page, en('challenges.workshops.submit'), /done=challengeWorkshop/);
      await expectSoundPage(page, 'en');

      const voices = [
        ['resident@botkyrka.example', 'resident', 'A walking bus'],
        ['politician@botkyrka.example', 'relative', 'More street lights'],
        ['moderator@botkyrka.example', 'frontline', 'Crossing guards'],
      ] as const;
      for (const [email, role, idea] of voices) {
        await as(page, email, challengeUrl);
        await page.getByLabel(en('challenges.join.role'), { exact: true }).selectOption(role);
        await press(page, en('challenges.join.submit'), /done=challengeJoined/);
        await page.getByLabel(en('challenges.idea.title'), { exact: true }).fill(idea);
        await page
          .getByLabel(en('challenges.idea.body'), { exact: true })
          .fill(`${idea}, as I see it.`);
        await press(page, en('challenges.idea.submit'), /done=challengeIdea/);
        await expectSoundPage(page, 'en');
      }
      // The resident gets the one place, the politician the waiting list.
      await as(page, 'resident@botkyrka.example', challengeUrl);
      await press(page, en('challenges.workshops.signUp'), /done=workshopSignedUp/);
      await as(page, 'politician@botkyrka.example', challengeUrl);
      await press(page, en('challenges.workshops.joinWaiting'), /done=workshopWaiting/);
      expect(
        await page.getByText(en('challenges.workshops.waiting'), { exact: true }).count(),
      ).toBe(1);
      await as(page, 'resident@botkyrka.example', challengeUrl);
      await press(page, en('challenges.workshops.cancel'), /done=workshopCancelled/);
      await as(page, 'politician@botkyrka.example', challengeUrl);
      expect(
        await page.getByText(en('challenges.workshops.confirmed'), { exact: true }).count(),
      ).toBe(1);
      expect(await page.getByRole('main').getByText('Relative: 1').count()).toBe(1);

      // Staff choose the walking bus and make it an initiative, crediting the relative.
      await as(page, 'staff@botkyrka.example', challengeUrl);
      await page.getByRole('link', { name: 'A walking bus' }).click();
      await page.waitForURL(/\/ideas\//);
      await expectSoundPage(page, 'en');
      await press(page, en('challenges.manage.shortlist'), /done=challengeShortlist/);
      await page.getByLabel(/Demo politician botkyrka/).check();
      await press(page, en('challenges.manage.toInitiative'), /done=challengeInitiative/);
      await expectSoundPage(page, 'en');
      await page.getByRole('main').getByRole('link', { name: 'A walking bus' }).click();
      await page.waitForURL(/\/initiatives\//);
      await expectSoundPage(page, 'en');
      const main = page.getByRole('main');
      expect(await main.getByText(en('challenges.mention.initiative')).count()).toBe(1);
      expect(await main.getByText(/Demo politician botkyrka, Demo resident botkyrka/).count()).toBe(
        1,
      );
    }));
});
