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

async function recordDecision(page: Page): Promise<void> {
  await logIn(page, 'sv', 'politician@katrineholm.example', demoPassword);
  await page.goto(katrineholm);
  await followMenuLink(page, sv('decisions.nav'), `**${katrineholm}/decisions`);
  await expectSoundPage(page, 'sv');
  // The demo content may already hold decisions; the new one continues their chain.
  const api = await page.request.get('/api/v1/municipalities/SE-0483/decisions');
  const before = ((await api.json()) as { items: unknown[] }).items.length;
  expect(await page.locator('#chain-status').textContent()).toBe(
    before === 0 ? sv('decisions.chainEmpty') : sv('decisions.chainOk', { count: before }),
  );

  const submit = () =>
    Promise.all([
      page.waitForURL(`**${katrineholm}/decisions**`),
      main(page)
        .getByRole('button', { name: sv('decisions.submit') })
        .click(),
    ]);
  await submit();
  await expectFormErrors(page, sv, {
    bodyId: 'decisions.error.decisionBody',
    decidedOn: 'error.date',
    text: 'error.required',
  });
  await expectSoundPage(page, 'sv');

  await page
    .getByLabel(sv('decisions.body'), { exact: true })
    .selectOption({ label: 'Kommunfullmäktige' });
  await page.getByLabel(sv('decisions.date'), { exact: true }).fill('2026-11-20');
  await page
    .getByLabel(sv('decisions.text'), { exact: true })
    .fill('Framtidsberättelsen Katrineholm 2035 antas.');
  await page.getByLabel(sv('decisions.paragraph'), { exact: true }).fill('§ 45');
  await page.getByLabel(sv('decisions.registrationNumber'), { exact: true }).fill('KS 2026/123');
  // Only an https link to the minutes is taken.
  const protocol = page.getByLabel(sv('decisions.protocolUrl'), { exact: true });
  await protocol.fill('http://katrineholm.example/protokoll.pdf');
  await submit();
  await expectFormErrors(page, sv, { protocolUrl: 'decisions.error.protocolUrl' });
  await expectSoundPage(page, 'sv');
  await protocol.fill('https://katrineholm.example/protokoll/kf-2026-11-20.pdf');
  await submit();
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('status').first().textContent()).toBe(sv('decisions.recorded'));
  expect(await page.locator('#chain-status').textContent()).toBe(
    sv('decisions.chainOk', { count: before + 1 }),
  );
  expect(
    await main(page)
      .getByText('Framtidsberättelsen Katrineholm 2035 antas.', { exact: true })
      .count(),
  ).toBe(1);
  // The new decision has its own anchor, and says where it stands in the minutes.
  const row = main(page).locator(new URL(page.url()).hash);
  expect(await row.locator('.decision-reference li').allTextContents()).toEqual([
    '§ 45',
    'Dnr KS 2026/123',
    sv('decisions.protocolLink'),
  ]);
  expect(
    await row.getByRole('link', { name: sv('decisions.protocolLink') }).getAttribute('href'),
  ).toBe('https://katrineholm.example/protokoll/kf-2026-11-20.pdf');
}

describe('decisions journey', () => {
  test('a politician records a decision and the chain holds', () =>
    journey.withPage({ locale: 'sv-SE' }, recordDecision));

  test('residents read decisions on a phone, without forms, in every language', () =>
    journey.withPage({ viewport: phoneViewport }, async (page) => {
      for (const lang of ['sv', 'nb', 'en'] as const) {
        const t = translator(lang);
        await page.goto(`/${lang}/municipalities/SE-0483/decisions`);
        await expectSoundPage(page, lang);
        expect(await main(page).getByRole('heading', { level: 1 }).textContent()).toBe(
          t('decisions.title', { name: 'Katrineholm' }),
        );
        expect(await main(page).getByRole('button').count()).toBe(0);
      }
    }));
});
