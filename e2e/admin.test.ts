import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { languages, translator } from '../src/web/i18n/index.ts';
import { logIn, registerOverHttp } from './support/accounts.ts';
import { expectFormErrors } from './support/forms.ts';
import { useJourney } from './support/journey.ts';
import { useMailbox } from './support/mailbox.ts';
import { followMenuLink } from './support/menu.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

const mailbox = useMailbox();
const journey = useJourney({ env: mailbox.env });
const en = translator('en');
const admin = 'admin@botkyrka.example';
const botkyrka = '/en/municipalities/SE-0127';
const colleague = {
  name: 'Johan Berg',
  email: 'johan.berg@example.se',
  password: 'another long passphrase',
  // Lives in Asker, so the only role in Botkyrka is the one the admin grants.
  municipalityId: 'NO-3203',
};

function main(page: Page) {
  return page.getByRole('main');
}

function notice(page: Page) {
  return main(page).getByRole('status');
}

/** Clicks a button and waits for the page it leads to, then checks that page. */
async function press(page: Page, button: string, expectedUrl: string, within = main(page)) {
  await Promise.all([
    page.waitForURL(expectedUrl),
    within.getByRole('button', { name: button }).click(),
  ]);
  await expectSoundPage(page, 'en');
}

async function addDepartment(page: Page): Promise<void> {
  await page.goto(botkyrka);
  await expectSoundPage(page, 'en');
  const admin = page.getByRole('region', { name: en('tenancy.municipality.addDepartment') });
  await press(page, en('tenancy.municipality.addDepartment'), `**${botkyrka}/departments`, admin);
  await expectFormErrors(page, en, { name: 'error.required' });

  await page.getByLabel(en('tenancy.municipality.departmentName')).fill('Digitalisering');
  await press(page, en('tenancy.municipality.addDepartment'), `**${botkyrka}?done=departmentAdded`);
  expect(await notice(page).textContent()).toBe(en('tenancy.municipality.departmentAdded'));
  expect(await main(page).getByRole('listitem').allTextContents()).toContain('Digitalisering');
}

async function grantAndRevokeRole(page: Page): Promise<void> {
  await followMenuLink(page, en('identity.nav.roles'), `**${botkyrka}/admin/roles`);
  await expectSoundPage(page, 'en');

  await page.getByLabel(en('identity.roles.email')).fill('nobody@example.se');
  await page.getByLabel(en('identity.roles.role'), { exact: true }).selectOption('staff');
  await press(page, en('identity.roles.submit'), `**${botkyrka}/admin/roles`);
  await expectFormErrors(page, en, { email: 'identity.error.unknownUser' });

  await page.getByLabel(en('identity.roles.email')).fill(colleague.email);
  await page.getByLabel(en('identity.roles.role'), { exact: true }).selectOption('manager');
  await page.getByLabel(en('identity.roles.department')).selectOption({ label: 'Digitalisering' });
  await press(page, en('identity.roles.submit'), `**${botkyrka}/admin/roles?done=roleGranted`);
  expect(await notice(page).textContent()).toBe(en('identity.roles.granted'));
  const row = main(page).getByRole('row').filter({ hasText: colleague.email });
  expect(await row.getByRole('cell').allTextContents()).toEqual([
    `${colleague.name} ${colleague.email}`,
    en('identity.role.manager'),
    'Digitalisering',
    expect.any(String),
    expect.stringContaining(en('identity.account.revoke')),
  ]);

  await Promise.all([
    page.waitForURL(`**${botkyrka}/admin/roles?done=roleRevoked`),
    row.getByRole('button', { name: en('identity.account.revoke') }).click(),
  ]);
  await expectSoundPage(page, 'en');
  expect(await notice(page).textContent()).toBe(en('identity.roles.revoked'));
  expect(await main(page).getByRole('row').filter({ hasText: colleague.email }).count()).toBe(0);
}

async function readAuditLog(page: Page): Promise<void> {
  await page.goto(botkyrka);
  await followMenuLink(page, en('audit.nav'), `**${botkyrka}/admin/audit`);
  await expectSoundPage(page, 'en');
  const rows = main(page).getByRole('row').filter({ hasText: admin });
  const actions = await rows.locator('td:nth-child(3)').allTextContents();
  expect(actions.slice(0, 3)).toEqual([
    `${en('identity.audit.role.revoke')} (role.revoke)`,
    `${en('identity.audit.role.grant')} (role.grant)`,
    `${en('tenancy.audit.department.create')} (department.create)`,
  ]);
}

async function configureOidc(page: Page): Promise<void> {
  await page.goto(botkyrka);
  await followMenuLink(page, en('identity.nav.login'), `**${botkyrka}/admin/login`);
  await expectSoundPage(page, 'en');

  await page.getByLabel(en('identity.oidc.issuer')).fill('not an address');
  await page.getByLabel(en('identity.oidc.clientId')).fill('samskap');
  await press(page, en('identity.oidc.submit'), `**${botkyrka}/admin/login`);
  await expectFormErrors(page, en, { issuer: 'error.url' });

  // The server reads the provider's settings when they are saved: an enabled provider that does
  // not answer is not saved; unticking "Enabled" saves it to be finished later.
  await page.getByLabel(en('identity.oidc.issuer')).fill('https://login.botkyrka.example');
  await page.getByLabel(en('identity.oidc.clientSecret')).fill('a client secret');
  await press(page, en('identity.oidc.submit'), `**${botkyrka}/admin/login`);
  await expectFormErrors(page, en, { issuer: 'identity.error.issuerUnreachable' });
  await page.getByLabel(en('identity.oidc.clientSecret')).fill('a client secret');
  await page.getByLabel(en('identity.oidc.enabled')).uncheck();
  await press(page, en('identity.oidc.submit'), `**${botkyrka}/admin/login?done=oidcSaved`);
  expect(await notice(page).textContent()).toBe(en('identity.oidc.saved'));
  expect(await page.getByLabel(en('identity.oidc.issuer')).inputValue()).toBe(
    'https://login.botkyrka.example',
  );
  expect(await page.getByLabel(en('identity.oidc.clientSecret')).inputValue()).toBe('');
}

function fetchMe(token: string): Promise<Response> {
  return fetch(`${journey.baseURL}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
}

async function createUseAndRevokeToken(page: Page): Promise<void> {
  await page.goto('/en/account');
  await expectSoundPage(page, 'en');
  await press(page, en('identity.account.createToken'), '**/en/account/tokens');
  await expectFormErrors(page, en, { name: 'error.required' });

  await page.getByLabel(en('identity.account.tokenName')).fill('Reporting script');
  await page
    .getByLabel(en('identity.account.tokenMunicipality'))
    .selectOption({ label: 'Botkyrka' });
  await press(page, en('identity.account.createToken'), '**/en/account/tokens');
  const token = (await page.locator('#new-token').textContent())?.trim() ?? '';
  expect(token).not.toBe('');

  const me = await fetchMe(token);
  expect(me.status).toBe(200);
  expect(await me.json()).toMatchObject({ email: admin, tokenMunicipality: 'SE-0127' });

  const row = main(page).getByRole('row').filter({ hasText: 'Reporting script' });
  await Promise.all([
    page.waitForURL('**/en/account?done=tokenRevoked'),
    row.getByRole('button', { name: en('identity.account.revoke') }).click(),
  ]);
  await expectSoundPage(page, 'en');
  expect(await notice(page).textContent()).toBe(en('identity.account.tokenRevoked'));
  expect(await main(page).getByRole('row').filter({ hasText: 'Reporting script' }).count()).toBe(0);
  expect((await fetchMe(token)).status).toBe(401);
}

const drawnLogo =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><circle cx="20" cy="20" r="16" fill="#0b5394"/><rect x="44" y="14" width="70" height="12" fill="#222"/></svg>';

/** Posts the branding form and waits for the page that answers. */
async function saveBranding(page: Page): Promise<void> {
  await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/admin/branding'),
    ),
    main(page)
      .getByRole('button', { name: en('tenancy.branding.submit') })
      .click(),
  ]);
  await page.waitForLoadState('load');
  await expectSoundPage(page, 'en');
}

async function setBranding(page: Page): Promise<void> {
  await page.goto(`${botkyrka}/admin/branding`);
  await expectSoundPage(page, 'en');
  const colour = page.getByLabel(en('tenancy.branding.accentColour'), { exact: true });
  await colour.fill('#8a8a8a');
  await saveBranding(page);
  await expectFormErrors(page, en, { accentColour: 'tenancy.branding.error.contrast' });
  expect(await page.title()).toBe(`Error: ${en('tenancy.branding.title')} – Botkyrka – Samskap`);

  await colour.fill('#0b5394');
  await page.getByLabel(en('tenancy.branding.logo'), { exact: true }).setInputFiles({
    name: 'botkyrka.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(drawnLogo),
  });
  await saveBranding(page);
  expect(page.url()).toContain('?done=brandingSaved');
  expect(await page.title()).toBe(`${en('tenancy.branding.title')} – Botkyrka – Samskap`);
  expect(await notice(page).textContent()).toBe(en('tenancy.branding.saved'));

  // Every page of Botkyrka: the logo beside its name, the colour in the top bar.
  await page.goto(`${botkyrka}/goals`);
  await expectSoundPage(page, 'en');
  const logo = page.getByRole('banner').getByRole('img', {
    name: en('nav.municipalityLogo', { name: 'Botkyrka' }),
  });
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const bar = await page
    .locator('.site-header')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bar).toBe('rgb(11, 83, 148)');
}

describe('a municipality administrator', () => {
  test('runs Botkyrka: departments, roles, audit log, login settings and API tokens', async () => {
    await registerOverHttp(journey.baseURL, colleague, mailbox);
    await journey.withPage({}, async (page) => {
      await logIn(page, 'en', admin, demoPassword);
      await expectSoundPage(page, 'en');
      await page.goto('/en/account');
      const roles = await main(page).getByRole('listitem').allTextContents();
      expect(roles).toContain(`${en('identity.role.admin')} – Botkyrka`);

      await addDepartment(page);
      await grantAndRevokeRole(page);
      await readAuditLog(page);
      await configureOidc(page);
      await createUseAndRevokeToken(page);
    });
  });

  test('gives Botkyrka its own logo and colour, refusing a colour too light to read', () =>
    journey.withPage({}, async (page) => {
      await logIn(page, 'en', admin, demoPassword);
      await setBranding(page);
    }));
});

// What the tours of every page (every-page.test.ts, which reach each administration page in each
// language) do not show: in every language, a form re-rendered with errors and the 403 page.
describe.each(languages)('in %s', (lang) => {
  const t = translator(lang);

  test('an administrator sees a refused form and another municipality’s refusal', () =>
    journey.withPage({}, async (page) => {
      await logIn(page, lang, admin, demoPassword);
      const response = await page.goto(`/${lang}/municipalities/SE-0127/admin/roles`);
      expect(response?.status()).toBe(200);
      await Promise.all([
        page.waitForURL(`**/${lang}/municipalities/SE-0127/admin/roles`),
        main(page)
          .getByRole('button', { name: t('identity.roles.submit') })
          .click(),
      ]);
      await expectSoundPage(page, lang);
      await expectFormErrors(page, t, { email: 'error.required' });

      const foreign = await page.goto(`/${lang}/municipalities/NO-3203/admin/roles`);
      expect(foreign?.status()).toBe(403);
      await expectSoundPage(page, lang);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        t('error.forbidden.title'),
      );
    }));

  test('a network coordinator reads the coordinators page', () =>
    journey.withPage({}, async (page) => {
      await logIn(page, lang, 'coordinator@network.example', demoPassword);
      await expectSoundPage(page, lang);
      // The network's own pages are in the site's main navigation, not the municipality's menu.
      await Promise.all([
        page.waitForURL(`**/${lang}/network/coordinators`),
        page
          .getByRole('navigation', { name: t('nav.main') })
          .getByRole('link', { name: t('identity.nav.coordinators') })
          .click(),
      ]);
      await expectSoundPage(page, lang);
    }));
});
