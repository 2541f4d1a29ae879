import { type Page, request } from 'playwright-core';
import { expect } from 'vitest';
import '../../src/modules.ts';
import { linkIn } from '../../src/testing/smtp-server.ts';
import { type Lang, translator } from '../../src/web/i18n/index.ts';
import type { Mailbox } from './mailbox.ts';

export type NewAccount = { name: string; email: string; password: string; municipalityId: string };

/**
 * Creates an account through the registration form over plain HTTP (no browser page), for journeys
 * that need someone else to exist first, and confirms it through the link the server mailed.
 */
export async function registerOverHttp(
  baseURL: string,
  account: NewAccount,
  mailbox: Mailbox,
): Promise<void> {
  const http = await request.newContext({ baseURL });
  const csrfOf = (html: string) => {
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!csrf) throw new Error('the form has no CSRF token');
    return csrf;
  };
  try {
    const form = await (await http.get('/en/register')).text();
    const response = await http.post('/en/register', {
      form: { ...account, _csrf: csrfOf(form) },
      maxRedirects: 0,
    });
    expect(response.status(), 'registration answers that a mail was sent').toBe(200);
    const link = new URL(linkIn((await mailbox.waitFor(account.email)).text, '/register/confirm'));
    const confirmPage = await (await http.get(link.pathname + link.search)).text();
    const confirmed = await http.post('/en/register/confirm', {
      form: { token: link.searchParams.get('token') ?? '', _csrf: csrfOf(confirmPage) },
      maxRedirects: 0,
    });
    expect(confirmed.status(), 'the link creates the account').toBe(303);
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
