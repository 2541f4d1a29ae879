import { type Page, request } from 'playwright-core';
import { expect } from 'vitest';
import '../../src/modules.ts';
import { type Lang, translator } from '../../src/web/i18n/index.ts';

export type NewAccount = { name: string; email: string; password: string; municipalityId: string };

/**
 * Creates an account through the registration form over plain HTTP (no browser page), for journeys
 * that need someone else to exist first.
 */
export async function registerOverHttp(baseURL: string, account: NewAccount): Promise<void> {
  const http = await request.newContext({ baseURL });
  try {
    const form = await (await http.get('/en/register')).text();
    const csrf = form.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!csrf) throw new Error('the registration form has no CSRF token');
    const response = await http.post('/en/register', {
      form: { ...account, _csrf: csrf },
      maxRedirects: 0,
    });
    expect(response.status(), 'registration redirects to the municipality page').toBe(303);
  } finally {
    await http.dispose();
  }
}

/** Logs in through the login form and waits to land on a municipality's start page or the list. */
export async function logIn(page: Page, lang: Lang, email: string, password: string) {
  const t = translator(lang);
  await page.goto(`/${lang}/login`);
  await page.getByLabel(t('identity.login.email')).fill(email);
  await page.getByLabel(t('identity.login.password')).fill(password);
  await Promise.all([
    page.waitForURL(new RegExp(`/${lang}/municipalities(/[A-Z]{2}-\\d{4})?$`)),
    page.getByRole('button', { name: t('identity.login.submit') }).click(),
  ]);
}
