import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoId } from '../src/lib/demo-id.ts';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { useJourney } from './support/journey.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();
const sv = translator('sv');
const katrineholm = 'SE-0483';
// Katrineholm's open demo dialogue, which has no survey of its own.
const survey = `/sv/municipalities/${katrineholm}/matters/${demoId(katrineholm, 'matter:learning-materials')}/survey`;

async function press(page: Page, name: string, url: RegExp) {
  await Promise.all([
    page.waitForURL(url),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
}

async function addQuestion(
  page: Page,
  q: { prompt: string; kind: string; options?: string; page?: string; required?: boolean },
) {
  await page.getByLabel(sv('surveys.build.prompt'), { exact: true }).fill(q.prompt);
  await page.getByLabel(sv('surveys.build.kind'), { exact: true }).selectOption({ label: q.kind });
  if (q.options)
    await page.getByLabel(sv('surveys.build.options'), { exact: true }).fill(q.options);
  if (q.page) await page.getByLabel(sv('surveys.build.page'), { exact: true }).fill(q.page);
  if (q.required) await page.getByLabel(sv('surveys.build.isRequired')).check();
  await press(page, sv('surveys.build.add'), /done=surveyQuestionAdded/);
}

describe('a survey in a dialogue', () => {
  test('staff build it, a resident answers it, and staff download the answers', () =>
    journey.withPage({ locale: 'sv-SE' }, async (page) => {
      await logIn(page, 'sv', 'staff@katrineholm.example', demoPassword);
      await page.goto(`${survey}/edit`);
      await expectSoundPage(page, 'sv');
      await page.getByLabel(sv('surveys.build.name'), { exact: true }).fill('Enkät om läromedel');
      await press(page, sv('surveys.build.start'), /done=surveySaved/);
      await addQuestion(page, {
        prompt: 'Använder ditt barn digitala läromedel i skolan?',
        kind: sv('surveys.kind.single'),
        options: 'Ja\nNej\nVet inte',
        required: true,
      });
      await addQuestion(page, {
        prompt: 'Vad vill du att nämnden tänker på?',
        kind: sv('surveys.kind.long'),
        page: '2',
      });
      await expectSoundPage(page, 'sv');
      await press(page, sv('surveys.build.publish'), /done=surveyPublished/);
      await press(page, sv('nav.logout'), /\/sv\/login/);

      await logIn(page, 'sv', 'resident@katrineholm.example', demoPassword);
      await page.goto(survey);
      await expectSoundPage(page, 'sv');
      // Sent without the required answer: the error summary names it and nothing is saved.
      await page.getByLabel('Vad vill du att nämnden tänker på?').fill('Fler böcker på papper.');
      await press(page, sv('surveys.submit'), /\/survey$/);
      expect(await page.locator('#error-summary').textContent()).toContain(
        sv('surveys.error.required'),
      );
      expect(await page.getByLabel('Vad vill du att nämnden tänker på?').inputValue()).toBe(
        'Fler böcker på papper.',
      );
      await expectSoundPage(page, 'sv');
      await page.getByLabel('Ja', { exact: true }).check();
      await press(page, sv('surveys.submit'), /done=surveyAnswered/);
      expect(await page.getByText(sv('surveys.answered')).count()).toBe(1);
      await expectSoundPage(page, 'sv');
      await press(page, sv('nav.logout'), /\/sv\/login/);

      await logIn(page, 'sv', 'staff@katrineholm.example', demoPassword);
      await page.goto(`${survey}/answers`);
      await expectSoundPage(page, 'sv');
      const csv = await page.request.get(`${survey}/export.csv`);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const [header, row] = (await csv.text()).split('\r\n');
      expect(header).toContain('Använder ditt barn digitala läromedel i skolan?');
      expect(row).toMatch(/^1,resident@katrineholm\.example,[^,]+,Ja,Fler böcker på papper\.$/);
      await page.goto(`${survey}/results`);
      await expectSoundPage(page, 'sv');
    }));
});
