import { describe, expect, test } from 'vitest';
import { translator } from '../src/web/i18n/index.ts';
import { phoneViewport } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { expectSoundPage } from './support/page-checks.ts';

const journey = useJourney();
const sv = translator('sv');

describe('a visitor in an open dialogue', () => {
  test('votes and adds a statement on a phone without scripts, and finds the map', () =>
    journey.withPage(
      { viewport: phoneViewport, locale: 'sv-SE', javaScriptEnabled: false },
      async (page) => {
        await page.goto('/sv/municipalities/SE-0127');
        await page
          .getByRole('region', { name: sv('dialogues.start.title') })
          .getByRole('link', { name: 'Digital tillsyn på natten i hemtjänsten' })
          .click();
        await expectSoundPage(page, 'sv');
        const vote = page.locator('#vote');
        const progress = async () => (await vote.locator('#vote-progress').textContent()) ?? '';
        const before = await progress();
        const first = await vote.locator('#vote-statement').textContent();
        await vote.getByRole('button', { name: sv('dialogues.vote.agree') }).click();
        await expectSoundPage(page, 'sv');
        expect(await page.getByRole('main').getByRole('status').first().textContent()).toBe(
          sv('dialogues.done.voted'),
        );
        // One more statement voted on, and another one shown.
        expect(await progress()).not.toBe(before);
        expect(await vote.locator('#vote-statement').textContent()).not.toBe(first);
        const own = `Kameran ska gå att stänga av själv ${Date.now()}`;
        await page.getByLabel(sv('dialogues.statement.text')).fill(own);
        await page.getByRole('button', { name: sv('dialogues.statement.submit') }).click();
        const similar = page.locator('#similar-statements');
        // When a statement like it is there, the page asks first; "add mine anyway" adds it.
        if ((await similar.count()) > 0) {
          await page.getByRole('button', { name: sv('dialogues.statement.anyway') }).click();
        }
        await expectSoundPage(page, 'sv');
        expect(await page.getByRole('main').getByText(own).count()).toBeGreaterThan(0);
        await page.getByRole('link', { name: sv('dialogues.map.link') }).click();
        await expectSoundPage(page, 'sv');
        expect(
          await page.getByRole('img', { name: sv('dialogues.map.pictureTitle') }).count(),
        ).toBe(1);
        expect(await page.getByRole('heading', { name: sv('dialogues.map.uniting') }).count()).toBe(
          1,
        );
      },
    ));
});
