import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { useJourney } from './support/journey.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();
const sv = translator('sv');
const botkyrka = '/sv/municipalities/SE-0127';

async function press(page: Page, name: string, url: RegExp | string) {
  await Promise.all([page.waitForURL(url), page.getByRole('button', { name }).click()]);
}

describe('a resident’s proposal', () => {
  test('a resident writes it, staff accept it in screening, and another resident supports it', () =>
    journey.withPage({ locale: 'sv-SE' }, async (page) => {
      const title = `Lampor längs gångvägen i Hallunda ${Date.now()}`;
      await logIn(page, 'sv', 'resident@botkyrka.example', demoPassword);
      await page.goto(`${botkyrka}/proposals`);
      await expectSoundPage(page, 'sv');
      await page.getByRole('link', { name: sv('proposals.list.new') }).click();
      await page.waitForURL(/\/proposals\/new$/);
      await expectSoundPage(page, 'sv');
      await page.getByLabel(sv('proposals.field.title')).fill(title);
      await page
        .getByLabel(sv('proposals.field.body'))
        .fill('Gångvägen är mörk på kvällen. Sätt upp lampor så att fler vågar gå där.');
      await page
        .getByLabel(sv('proposals.field.topic'))
        .selectOption({ label: sv('proposals.topic.traffic') });
      // Looking for similar proposals shows them (or says there are none) and keeps the text.
      await press(page, sv('proposals.new.similar'), /\/proposals\/new$/);
      expect(await page.getByRole('heading', { name: sv('proposals.similar.title') }).count()).toBe(
        1,
      );
      expect(await page.getByLabel(sv('proposals.field.title')).inputValue()).toBe(title);
      await expectSoundPage(page, 'sv');
      await press(page, sv('proposals.new.submit'), /done=proposalSubmitted/);
      await expectSoundPage(page, 'sv');
      const proposalUrl = page.url().split('?')[0] as string;
      // The proposer invites a co-author by e-mail; the open invitation is listed for them.
      await page.getByLabel(sv('proposals.coauthors.email')).fill('granne.hallunda@example.se');
      await press(page, sv('proposals.coauthors.invite'), /done=coauthorInvited/);
      expect(await page.getByText('granne.hallunda@example.se').count()).toBe(1);
      await expectSoundPage(page, 'sv');
      await press(page, sv('nav.logout'), /\/sv\/login/);

      await logIn(page, 'sv', 'staff@botkyrka.example', demoPassword);
      await page.goto(proposalUrl);
      await expectSoundPage(page, 'sv');
      await page
        .getByLabel(sv('proposals.screen.verdict'))
        .selectOption({ label: sv('proposals.screen.accept') });
      await press(page, sv('proposals.screen.submit'), /done=proposalScreened/);
      expect(await page.getByRole('main').getByRole('status').first().textContent()).toBe(
        sv('proposals.done.screened'),
      );
      await expectSoundPage(page, 'sv');
      await press(page, sv('nav.logout'), /\/sv\/login/);

      await logIn(page, 'sv', 'politician@botkyrka.example', demoPassword);
      await page.goto(proposalUrl);
      await press(page, sv('proposals.support.submit'), /done=proposalSupported/);
      expect(await page.getByText(sv('proposals.support.given')).count()).toBe(1);
      // The bar, named by the sentence beside it, counts the one supporter.
      const bar = page.getByRole('progressbar');
      expect(await bar.getAttribute('value')).toBe('1');
      expect(await bar.getAttribute('aria-labelledby')).toMatch(/^support-/);
      await expectSoundPage(page, 'sv');
    }));
});
