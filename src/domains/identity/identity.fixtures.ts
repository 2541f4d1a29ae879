import { linkIn } from '../../testing/smtp-server.ts';
import type { TestApp, TestClient } from '../../testing/test-app.ts';
import { outboxMailTo } from '../mail/mail.queries.ts';

export type NewAccount = { name: string; email: string; password: string; municipalityId: string };

/**
 * The registration link in the latest mail queued to `email` (read from the outbox, which no
 * worker sends in tests), as a path: `/en/register/confirm?token=…`.
 */
export async function registrationLinkFor(t: TestApp, email: string): Promise<string> {
  const mails = await outboxMailTo(t.database.db, email.toLowerCase());
  const latest = mails.at(-1);
  if (!latest) throw new Error(`no mail to ${email} in the outbox`);
  const url = new URL(linkIn(latest.bodyText, '/register/confirm'));
  return url.pathname + url.search;
}

/**
 * Registers through the form and confirms through the link of the mail, as a person would; the
 * client is signed in afterwards. Returns the confirmation's response (a 303 home).
 */
export async function registerAndConfirm(
  t: TestApp,
  client: TestClient,
  account: NewAccount,
  lang = 'en',
): Promise<Response> {
  const res = await client.postForm(`/${lang}/register`, account);
  if (res.status !== 200) throw new Error(`registering ${account.email} answered ${res.status}`);
  const link = await registrationLinkFor(t, account.email);
  const token = new URL(link, 'http://x').searchParams.get('token') ?? '';
  return client.postForm(`/${lang}/register/confirm`, { token });
}
