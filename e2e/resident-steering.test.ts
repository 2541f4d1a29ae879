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
const botkyrka = '/sv/municipalities/SE-0127';
const marker = 'Botkyrka 2040: en kommun där alla kan delta';
const goalTitle = 'Öppna och digitala tjänster för alla';

const main = (page: Page) => page.getByRole('main');
const field = (page: Page, label: string) => main(page).getByLabel(label, { exact: true });

async function submit(page: Page, name: string, url: string) {
  await Promise.all([page.waitForURL(url), main(page).getByRole('button', { name }).click()]);
}

/** An admin starts a draft of the future story, is told what is wrong with an empty one, and writes it. */
async function adminWritesDraft(page: Page): Promise<string> {
  await logIn(page, 'sv', 'admin@botkyrka.example', demoPassword);
  await page.goto(botkyrka);
  await followMenuLink(page, sv('steering.futureStory'), `**${botkyrka}/future-story`);
  await expectSoundPage(page, 'sv');
  await submit(page, sv('strategy.story.newDraft'), '**/future-story/versions/*');
  await expectSoundPage(page, 'sv');
  const draftUrl = new URL(page.url()).pathname;

  await field(page, sv('strategy.version.storyTitle')).fill('');
  await field(page, sv('strategy.version.body')).fill('');
  await submit(page, sv('strategy.version.save'), `**${draftUrl}`);
  await expectFormErrors(page, sv, { title: 'error.required', body: 'error.required' });
  await expectSoundPage(page, 'sv');

  await field(page, sv('strategy.version.storyTitle')).fill(marker);
  await field(page, sv('strategy.version.body')).fill(
    `## ${marker}\n\nVi bygger **tillsammans** med invånarna.\n\n<script>alert(1)</script>`,
  );
  await submit(page, sv('strategy.version.save'), `**${draftUrl}?done=storyDraftSaved`);
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('status').first().textContent()).toBe(
    sv('strategy.version.saved'),
  );
  // The script tag is shown as text, never run.
  expect(await page.locator('.story-text script').count()).toBe(0);
  expect(await page.locator('.story-text').textContent()).toContain('<script>alert(1)</script>');
  await main(page)
    .getByRole('link', { name: sv('strategy.version.back') })
    .click();
  await page.waitForURL('**/future-story/versions');
  await expectSoundPage(page, 'sv');
  return draftUrl;
}

/** The admin adds a strategic goal with an indicator and a measurement. */
async function adminAddsGoal(page: Page): Promise<void> {
  await page.goto(`${botkyrka}/goals`);
  await expectSoundPage(page, 'sv');
  await field(page, sv('strategy.goals.goalTitle')).fill(goalTitle);
  await submit(page, sv('strategy.goals.submit'), '**/goals/*?done=goalCreated');
  await expectSoundPage(page, 'sv');
  const goalUrl = new URL(page.url()).pathname;

  await field(page, sv('strategy.kolada.query')).fill('e-tjänster');
  await Promise.all([
    page.waitForURL('**?q=*'),
    main(page)
      .getByRole('button', { name: sv('strategy.kolada.submit') })
      .click(),
  ]);
  await expectSoundPage(page, 'sv');
  await main(page)
    .getByRole('link', { name: sv('strategy.kolada.choose') })
    .first()
    .click();
  await page.waitForURL('**kpi=*');
  await expectSoundPage(page, 'sv');
  expect(await field(page, sv('strategy.indicator.koladaKpiId')).inputValue()).toMatch(
    /^[A-Z]\d{5}$/,
  );

  await field(page, sv('strategy.indicator.name')).fill('Andel ärenden som startas digitalt');
  await field(page, sv('strategy.indicator.unit')).fill('%');
  await field(page, sv('strategy.indicator.baselineValue')).fill('40');
  await field(page, sv('strategy.indicator.baselineDate')).fill('2026-01-01');
  await field(page, sv('strategy.indicator.targetValue')).fill('80');
  await field(page, sv('strategy.indicator.targetDate')).fill('2025-01-01');
  await submit(page, sv('strategy.indicator.submit'), `**${goalUrl}/indicators`);
  await expectFormErrors(page, sv, { targetDate: 'strategy.error.targetDateOrder' });
  await expectSoundPage(page, 'sv');
  await field(page, sv('strategy.indicator.targetDate')).fill('2028-01-01');
  await submit(page, sv('strategy.indicator.submit'), `**${goalUrl}?done=indicatorCreated`);
  await expectSoundPage(page, 'sv');

  // 50 on 2 July 2026: (50 − 40)/(80 − 40) = 25 % of the way, where the line expects 182/730 = 24.9 %.
  await field(page, sv('strategy.measurement.value')).fill('50');
  await field(page, sv('strategy.measurement.measuredOn')).fill('2026-07-02');
  await submit(page, sv('strategy.measurement.submit'), `**${goalUrl}?done=measurementRecorded`);
  await expectSoundPage(page, 'sv');
}

/** A politician adopts the draft and the goal set, each by a recorded decision. */
async function politicianAdopts(page: Page, draftUrl: string): Promise<void> {
  await logIn(page, 'sv', 'politician@botkyrka.example', demoPassword);
  await page.goto(draftUrl);
  await expectSoundPage(page, 'sv');
  await main(page)
    .getByLabel(sv('decisions.body'), { exact: true })
    .selectOption({ label: 'Kommunfullmäktige' });
  await field(page, sv('decisions.date')).fill('2026-11-30');
  await submit(page, sv('strategy.version.adoptSubmit'), '**/future-story?done=storyAdopted');
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('status').first().textContent()).toBe(
    sv('strategy.version.adopted'),
  );

  await page.goto(`${botkyrka}/goals`);
  await expectSoundPage(page, 'sv');
  await main(page)
    .getByLabel(sv('decisions.body'), { exact: true })
    .selectOption({ label: 'Kommunfullmäktige' });
  await field(page, sv('decisions.date')).fill('2026-11-30');
  await submit(page, sv('strategy.goals.adoptSubmit'), '**/goals?done=goalsAdopted');
  await expectSoundPage(page, 'sv');
}

/** A visitor, on a phone, reads the adopted future story, the public goals and the decisions. */
async function residentReads(page: Page): Promise<void> {
  await page.goto(botkyrka);
  await followMenuLink(page, sv('steering.futureStory'), `**${botkyrka}/future-story`);
  await expectSoundPage(page, 'sv');
  expect(
    await main(page).getByRole('heading', { level: 2, name: marker }).first().isVisible(),
  ).toBe(true);
  expect(await page.locator('#story-adopted-by').textContent()).toContain('Kommunfullmäktige');
  expect(await main(page).getByRole('button').count()).toBe(0);

  // The adopted versions and the changes between them are public; drafts are not listed.
  await main(page)
    .getByRole('link', { name: sv('strategy.story.history') })
    .click();
  await page.waitForURL(`**${botkyrka}/future-story/versions`);
  await expectSoundPage(page, 'sv');
  const statuses = await main(page).locator('tbody td:nth-child(3)').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.join(' ')).not.toContain(sv('strategy.versions.status.draft'));
  await main(page).locator('tbody a').first().click();
  await page.waitForURL('**/future-story/versions/*');
  await expectSoundPage(page, 'sv');
  expect(await main(page).getByRole('button').count()).toBe(0);

  await page.goto(botkyrka);
  await followMenuLink(page, sv('steering.goals'), `**${botkyrka}/goals`);
  await expectSoundPage(page, 'sv');
  const item = main(page).locator('.goal-item', { hasText: goalTitle }).first();
  expect(await item.textContent()).toContain(
    sv('strategy.goals.status', { status: sv('strategy.status.on-track') }),
  );
  expect(await page.locator('#goal-rule').textContent()).toContain('10 procentenheter');
  await item.getByRole('link', { name: goalTitle }).click();
  await page.waitForURL('**/goals/*');
  await expectSoundPage(page, 'sv');
  expect(await main(page).textContent()).toContain('25 % av vägen');
  expect(await main(page).getByRole('button').count()).toBe(0);

  await page.goto(`${botkyrka}/decisions`);
  await expectSoundPage(page, 'sv');
  expect(await page.locator('#chain-status').textContent()).toMatch(/håller/);
  expect(
    await main(page)
      .locator('li[id^="decision-"]', { hasText: 'Framtidsberättelsen, version' })
      .count(),
  ).toBeGreaterThan(0);
}

/** Runs `step` the first time it is asked for and hands every later caller the same result. */
function once<T>(step: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= step();
    return result;
  };
}

// Each step is its own test, so a slow machine gets a time limit per step rather than one for the
// whole journey. A step that needs an earlier one asks for it rather than relying on the order the
// tests run in: every step runs once on the file's server, whichever test needs it first, and each
// test passes alone (`-t`) or in any order. Its time limit covers the steps it may have to run.
const step = 120_000;
const sweden = { locale: 'sv-SE' };
const drafted = once(() => journey.withPage(sweden, adminWritesDraft));
const goalAdded = once(() =>
  journey.withPage(sweden, async (page) => {
    await logIn(page, 'sv', 'admin@botkyrka.example', demoPassword);
    await adminAddsGoal(page);
  }),
);
const adopted = once(async () => {
  const draftUrl = await drafted();
  await goalAdded();
  await journey.withPage(sweden, (page) => politicianAdopts(page, draftUrl));
});

describe('steering, read by residents', () => {
  test('an admin drafts the future story', () => drafted(), step);
  test(
    'the admin adds a goal with an indicator from Kolada and a measurement',
    () => goalAdded(),
    step,
  );
  test(
    'a politician adopts the future story and the goals by recorded decisions',
    () => adopted(),
    3 * step,
  );
  test(
    'a visitor on a phone reads the future story, the goals with their status, and the decisions',
    async () => {
      await adopted();
      await journey.withPage({ ...sweden, viewport: phoneViewport }, residentReads);
    },
    4 * step,
  );
});
