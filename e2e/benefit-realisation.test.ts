import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { phoneViewport } from './support/browser.ts';
import { expectFormErrors } from './support/forms.ts';
import { useJourney } from './support/journey.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const journey = useJourney();
const sv = translator('sv');
const katrineholm = '/sv/municipalities/SE-0483';
const main = (page: Page) => page.getByRole('main');
const today = new Date().toISOString().slice(0, 10);
const thisYear = Number(today.slice(0, 4));

/** Clicks a submit button and waits for the page the form leads to. */
async function submit(page: Page, name: string, url: string) {
  await Promise.all([page.waitForURL(url), main(page).getByRole('button', { name }).click()]);
  await expectSoundPage(page, 'sv');
}

async function proposeAndPilot(page: Page): Promise<string> {
  await page.goto(`${katrineholm}/initiatives/new`);
  await expectSoundPage(page, 'sv');
  await page.locator('#field-title').fill('Digital nattillsyn i hemtjänsten');
  await page.locator('#field-departmentId').selectOption({ label: 'Förskola och skola' });
  await page.locator('#field-problem').fill('Nattliga tillsynsbesök väcker brukare och tar tid.');
  await page.locator('#field-idea').fill('Kameratillsyn för brukare som vill det.');
  await submit(
    page,
    sv('portfolio.initiatives.propose.submit'),
    `**${katrineholm}/initiatives/*?done=*`,
  );
  const iid = new URL(page.url()).pathname.split('/').pop() ?? '';
  expect(iid).toMatch(/^[0-9a-f-]{36}$/);
  for (const stage of ['assessed', 'prioritised', 'pilot'] as const) {
    await page.locator('#field-toStage').selectOption(stage);
    await page
      .locator('#field-reason')
      .fill(`Till ${sv(`steering.stage.${stage}`)} efter bedömning.`);
    await submit(page, sv('portfolio.initiative.stageSubmit'), `**/initiatives/${iid}?done=*`);
  }
  expect(await main(page).textContent()).toContain(sv('steering.stage.pilot'));
  return iid;
}

async function addBenefit(
  page: Page,
  fields: Record<string, string>,
  select: Record<string, string>,
) {
  await main(page)
    .getByRole('link', { name: sv('benefits.add') })
    .click();
  await page.waitForURL('**/benefits/new');
  await expectSoundPage(page, 'sv');
  for (const [name, value] of Object.entries(fields))
    await page.locator(`#field-${name}`).fill(value);
  for (const [name, value] of Object.entries(select)) {
    await page.locator(`#field-${name}`).selectOption(value);
  }
  await submit(page, sv('benefits.save'), '**/benefits/*?done=benefitAdded');
  expect(await main(page).getByRole('status').first().textContent()).toBe(sv('benefits.added'));
}

async function measure(page: Page, value: string) {
  await page.getByLabel(sv('benefits.value'), { exact: true }).fill(value);
  await page.getByLabel(sv('benefits.measuredOn'), { exact: true }).fill(today);
  await page.getByLabel(sv('benefits.note'), { exact: true }).fill('Uppföljning i piloten');
  await submit(page, sv('benefits.recordSubmit'), '**/benefits/*?done=benefitMeasured');
  expect(await page.locator('#realisation-chart').getAttribute('role')).toBe('img');
}

async function backToBenefits(page: Page, iid: string) {
  await main(page)
    .getByRole('link', {
      name: sv('benefits.title', { title: 'Digital nattillsyn i hemtjänsten' }),
    })
    .click();
  await page.waitForURL(`**/initiatives/${iid}/benefits`);
  await expectSoundPage(page, 'sv');
}

async function benefitJourney(page: Page) {
  await logIn(page, 'sv', 'manager@katrineholm.example', demoPassword);
  const iid = await proposeAndPilot(page);
  await main(page)
    .getByRole('link', { name: sv('portfolio.initiative.benefitsLink') })
    .click();
  await page.waitForURL(`**/initiatives/${iid}/benefits`);
  await expectSoundPage(page, 'sv');
  expect(await page.locator('#gate-verdict').textContent()).toBe(
    sv('benefits.gate.no-gate-benefits'),
  );

  // An empty form is refused field by field.
  await main(page)
    .getByRole('link', { name: sv('benefits.add') })
    .click();
  await page.waitForURL('**/benefits/new');
  await submit(page, sv('benefits.save'), '**/benefits');
  await expectFormErrors(page, sv, {
    description: 'error.required',
    ownerName: 'error.required',
    indicator: 'error.required',
    unit: 'error.required',
    baselineValue: 'benefits.error.number',
    baselineDate: 'error.date',
    targetValue: 'benefits.error.number',
    targetDate: 'error.date',
  });
  await backToBenefits(page, iid);

  const common = {
    baselineDate: `${thisYear}-01-01`,
    targetDate: `${thisYear + 2}-12-31`,
    recipient: 'Hemtjänsten',
    ownerName: 'Anna Andersson, enhetschef',
  };
  await addBenefit(
    page,
    {
      ...common,
      description: 'Frigjord tid för nattpatrullen',
      indicator: 'Frigjorda timmar per månad',
      unit: 'h',
      baselineValue: '0',
      targetValue: '120',
      moneyPerUnit: '450',
      planned: `${thisYear + 1}: 80\n${thisYear + 2}: 120`,
    },
    { kind: 'time', direction: 'higher', confidence: 'green' },
  );
  await measure(page, '130');
  await backToBenefits(page, iid);
  await addBenefit(
    page,
    {
      ...common,
      description: 'Färre väckta brukare',
      indicator: 'Väckningar per natt',
      unit: 'st',
      baselineValue: '14',
      targetValue: '4',
    },
    { kind: 'quality', direction: 'lower', confidence: 'yellow' },
  );
  await measure(page, '6');
  await backToBenefits(page, iid);
  expect(await page.locator('#gate-verdict').textContent()).toBe(
    sv('benefits.gate.gate-benefits-not-reached'),
  );
  expect(await page.locator('#effect-chain').getAttribute('role')).toBe('img');

  // The second benefit reaches its target (4 ≤ 4, lower is better): the gate opens.
  await main(page).getByRole('link', { name: 'Färre väckta brukare' }).click();
  await page.waitForURL('**/benefits/*');
  await expectSoundPage(page, 'sv');
  await measure(page, '4');
  await backToBenefits(page, iid);
  expect(await page.locator('#gate-verdict').textContent()).toBe(
    sv('benefits.gate.all-gate-benefits-reached'),
  );
  await page
    .getByLabel(sv('benefits.scaleReason'), { exact: true })
    .fill('Båda nyttorna har nått sina mål i piloten.');
  await submit(page, sv('benefits.scaleSubmit'), '**/benefits?done=initiativeScaled');
  expect(await main(page).getByRole('status').first().textContent()).toBe(sv('benefits.scaled'));
  expect(await main(page).textContent()).toContain(
    sv('benefits.notPilot', { stage: sv('steering.stage.scaling') }),
  );

  await main(page)
    .getByRole('link', { name: sv('benefits.calculusLink') })
    .click();
  await page.waitForURL(`**/initiatives/${iid}/calculus`);
  await expectSoundPage(page, 'sv');
  expect(await page.locator('#convention').textContent()).toBe(sv('benefits.convention'));

  // On a phone nothing scrolls sideways: wide tables scroll in their own region, SVGs scale down.
  await page.setViewportSize(phoneViewport);
  for (const path of ['calculus', 'benefits']) {
    await page.goto(`${katrineholm}/initiatives/${iid}/${path}`);
    await expectSoundPage(page, 'sv');
  }
  await main(page).getByRole('link', { name: 'Färre väckta brukare' }).click();
  await page.waitForURL('**/benefits/*');
  await expectSoundPage(page, 'sv');
}

async function overrideJourney(page: Page) {
  await logIn(page, 'sv', 'manager@katrineholm.example', demoPassword);
  const iid = await proposeAndPilot(page);
  await page.context().clearCookies();
  await logIn(page, 'sv', 'politician@katrineholm.example', demoPassword);
  await page.goto(`${katrineholm}/initiatives/${iid}/benefits`);
  await expectSoundPage(page, 'sv');
  expect(await page.locator('#gate-verdict').textContent()).toBe(
    sv('benefits.gate.no-gate-benefits'),
  );
  await submit(page, sv('benefits.overrideSubmit'), '**/gate-override');
  await expectFormErrors(page, sv, {
    bodyId: 'decisions.error.decisionBody',
    decidedOn: 'error.date',
    text: 'error.required',
  });
  await page
    .getByLabel(sv('decisions.body'), { exact: true })
    .selectOption({ label: 'Kommunfullmäktige' });
  await page.getByLabel(sv('decisions.date'), { exact: true }).fill(today);
  await page
    .getByLabel(sv('benefits.overrideText'), { exact: true })
    .fill('Uppskalning beslutas trots stängd grind: nya lagkrav gäller från årsskiftet.');
  await submit(page, sv('benefits.overrideSubmit'), '**/benefits?done=gateOverridden');
  expect(await main(page).getByRole('status').first().textContent()).toBe(
    sv('benefits.overridden'),
  );
  await page.goto(`${katrineholm}/decisions`);
  await expectSoundPage(page, 'sv');
  // The decision is listed with a link to the initiative whose gate it overrode.
  const decision = main(page).locator('li[id^="decision-"]', {
    hasText: 'Uppskalning beslutas trots stängd grind: nya lagkrav gäller från årsskiftet.',
  });
  expect(await decision.count()).toBe(1);
  expect(
    await decision
      .getByRole('link', { name: 'Digital nattillsyn i hemtjänsten' })
      .getAttribute('href'),
  ).toBe(`${katrineholm}/initiatives/${iid}`);
}

describe('benefit realisation journey', () => {
  test(
    'a politician overrides a closed gate by a recorded decision',
    () => journey.withPage({ locale: 'sv-SE' }, overrideJourney),
    240_000,
  );

  test(
    'a manager creates an initiative with two benefits, measures until the pilot passes the gate, and scales it',
    () => journey.withPage({ locale: 'sv-SE' }, benefitJourney),
    240_000,
  );
});
