import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../lib/transaction.ts';
import { linkIn, startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { deliverDueMail } from '../mail/deliver.ts';
import { outboxMailTo } from '../mail/mail.queries.ts';
import { smtpTransport } from '../mail/transports.ts';
import { purgeExpired } from '../platform/housekeeping.ts';
import { requestRegistration } from './commands/request-registration.ts';
import type { NewAccount } from './identity.fixtures.ts';
import { findUserByEmail } from './identity.queries.ts';
import { pendingRegistrations, roleGrants } from './identity.schema.ts';
import { verifyPassword } from './passwords.ts';

let t: TestApp;
let smtp: TestSmtpServer;
// The app's clock: it stands still unless a test moves it.
let at = new Date('2030-05-04T08:00:00Z').getTime();
const hour = 3_600_000;

beforeAll(async () => {
  [t, smtp] = await Promise.all([
    createTestApp({ now: () => new Date(at), demoByClock: false }),
    startTestSmtpServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([t?.close(), smtp?.close()]);
});
beforeEach(() => {
  smtp.messages.length = 0;
});

const account = (email: string, over: Partial<NewAccount> = {}): NewAccount => ({
  name: 'Ebba Nyström',
  email,
  password: 'a long and private passphrase',
  municipalityId: 'SE-0127',
  ...over,
});

/** Sends what the outbox holds to the test SMTP server, as the worker would. */
function deliver() {
  return deliverDueMail({
    db: t.database.db,
    transport: smtpTransport(smtp.url),
    from: t.config.mailFrom,
    now: () => new Date(at),
  });
}

/** The path and token of the registration link in a received mail. */
function linkOf(text: string) {
  const url = new URL(linkIn(text, '/register/confirm'));
  return { path: url.pathname + url.search, token: url.searchParams.get('token') ?? '' };
}

async function register(client: TestClient, a: NewAccount, lang = 'en') {
  const res = await client.postForm(`/${lang}/register`, a);
  return { status: res.status, location: res.headers.get('location'), body: await res.text() };
}

describe('registration', () => {
  it('answers a new and a taken address alike, and mails each what is true', async () => {
    const client = t.client();
    const fresh = await register(client, account('ebba.nystrom@example.se'));
    const taken = await register(client, account('resident@botkyrka.example'));
    expect(fresh.status).toBe(200);
    expect(taken.status).toBe(fresh.status);
    expect(fresh.location).toBeNull();
    expect(taken.location).toBeNull();
    expect(fresh.body).toContain('We have sent an e-mail to ebba.nystrom@example.se.');
    expect(taken.body.replaceAll('resident@botkyrka.example', '<address>')).toBe(
      fresh.body.replaceAll('ebba.nystrom@example.se', '<address>'),
    );
    // Nobody is signed in, and no account exists yet.
    expect(await findUserByEmail(t.database.db, 'ebba.nystrom@example.se')).toBeUndefined();
    expect((await client.get('/en/account')).status).toBe(303);

    expect(await deliver()).toEqual({ sent: 2, retried: 0, failed: 0 });
    const toFresh = await smtp.waitFor('ebba.nystrom@example.se');
    expect(toFresh.subject).toBe('Confirm your e-mail address for Samskap');
    expect(toFresh.text).toContain('for Botkyrka');
    expect(toFresh.text).toContain('works once, for 24 hours');
    expect(toFresh.text).not.toContain('Ebba');
    expect(linkOf(toFresh.text).path).toMatch(/^\/en\/register\/confirm\?token=[\w-]{43}$/);

    const toTaken = await smtp.waitFor('resident@botkyrka.example');
    expect(toTaken.subject).toBe('You already have a Samskap account');
    expect(toTaken.text).toContain('You already have an account');
    expect(toTaken.text).toContain('http://localhost/en/login');
    expect(toTaken.text).not.toContain('/register/confirm');
    const pendingForTaken = await t.database.db
      .select()
      .from(pendingRegistrations)
      .where(eq(pendingRegistrations.email, 'resident@botkyrka.example'));
    expect(pendingForTaken).toEqual([]);
    // A sent mail keeps no body in the outbox: the link in it still works.
    const [sentRow] = await outboxMailTo(t.database.db, 'ebba.nystrom@example.se');
    expect(sentRow?.bodyText).toBe('');
  });

  it('keeps only a hash of the link, and creates the account once, and only once, through it', async () => {
    const visitor = t.client();
    await register(visitor, account('Sixten.Berg@Example.se', { name: 'Sixten Berg' }), 'sv');
    await deliver();
    const mail = await smtp.waitFor('sixten.berg@example.se');
    expect(mail.subject).toBe('Bekräfta din e-postadress för Samskap');
    const { path, token } = linkOf(mail.text);
    expect(path.startsWith('/sv/register/confirm?token=')).toBe(true);
    const [pending] = await t.database.db
      .select()
      .from(pendingRegistrations)
      .where(eq(pendingRegistrations.email, 'sixten.berg@example.se'));
    expect(pending?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(pending)).not.toContain(token);
    expect(pending?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(pending?.expiresAt.getTime()).toBe(at + 24 * hour);

    // The mail's link opens in another browser; opening it (as a mail scanner would) uses nothing up.
    const owner = t.client();
    for (let i = 0; i < 2; i++) {
      const page = await owner.get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-store');
      const html = await page.text();
      expect(html).toContain('Bekräfta ditt konto');
      expect(html).toContain('Sixten Berg');
      expect(html).toContain('Botkyrka');
      expect(html).toContain(`name="token" value="${token}"`);
    }
    expect(await findUserByEmail(t.database.db, 'sixten.berg@example.se')).toBeUndefined();

    const confirmed = await owner.postForm('/sv/register/confirm', { token });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/sv/municipalities/SE-0127?done=registered');
    const accountPage = await (await owner.get('/sv/account')).text();
    expect(accountPage).toContain('Sixten Berg');
    const user = await findUserByEmail(t.database.db, 'sixten.berg@example.se');
    expect(await verifyPassword(user?.passwordHash ?? '', 'a long and private passphrase')).toBe(
      true,
    );
    const grants = await t.database.db
      .select()
      .from(roleGrants)
      .where(eq(roleGrants.userId, user?.id ?? ''));
    expect(grants.map((g) => [g.role, g.municipalityId])).toEqual([['resident', 'SE-0127']]);
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.register'), eq(auditLog.target, `user:${user?.id}`)));
    expect(audited.map((a) => [a.municipalityId, a.actorLabel])).toEqual([
      ['SE-0127', 'registration:sixten.berg@example.se'],
    ]);
    const [used] = await t.database.db
      .select()
      .from(pendingRegistrations)
      .where(eq(pendingRegistrations.email, 'sixten.berg@example.se'));
    expect(used?.passwordHash).toBeNull();

    // Again, from the same browser or any other: used.
    for (const client of [owner, t.client()]) {
      const again = await client.postForm('/sv/register/confirm', { token });
      expect(again.status).toBe(410);
      expect(await again.text()).toContain('Länken har redan använts.');
      const reopened = await client.get(path);
      expect(reopened.status).toBe(410);
    }
    const users = await t.database.db
      .select()
      .from(roleGrants)
      .where(eq(roleGrants.userId, user?.id ?? ''));
    expect(users).toHaveLength(1);
  });

  it('says when the address got its account through another link meanwhile', async () => {
    const client = t.client();
    await register(client, account('twice@example.no', { municipalityId: 'NO-3301' }), 'nb');
    await register(client, account('twice@example.no', { municipalityId: 'NO-3301' }), 'nb');
    await deliver();
    const first = linkOf((await smtp.waitFor('twice@example.no')).text);
    const second = linkOf((await smtp.waitFor('twice@example.no', { skip: 1 })).text);
    expect(second.token).not.toBe(first.token);
    expect((await t.client().postForm('/nb/register/confirm', first)).status).toBe(303);
    for (const res of [
      await t.client().get(second.path),
      await t.client().postForm('/nb/register/confirm', { token: second.token }),
    ]) {
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain('Du har allerede en konto');
      expect(html).toContain('href="/nb/login"');
    }
  });

  it('refuses an expired link after 24 hours, and creates nothing', async () => {
    const client = t.client();
    await register(client, account('late@example.se'));
    await deliver();
    const { path, token } = linkOf((await smtp.waitFor('late@example.se')).text);
    at += 24 * hour - 1000;
    expect((await client.get(path)).status).toBe(200);
    at += 1000;
    for (const res of [
      await client.get(path),
      await client.postForm('/en/register/confirm', { token }),
    ]) {
      expect(res.status).toBe(410);
      const html = await res.text();
      expect(html).toContain('The link has expired');
      expect(html).toContain('href="/en/register"');
    }
    expect(await findUserByEmail(t.database.db, 'late@example.se')).toBeUndefined();
  });

  it('forgets the password of an unconfirmed registration when it expires, and the rest a week later', async () => {
    const client = t.client();
    await register(client, account('forgotten@example.se'));
    await deliver();
    const rows = () =>
      t.database.db
        .select()
        .from(pendingRegistrations)
        .where(eq(pendingRegistrations.email, 'forgotten@example.se'));
    const [pending] = await rows();
    const expires = pending?.expiresAt.getTime() ?? 0;
    await purgeExpired(t.database.db, new Date(expires - 1000));
    expect((await rows())[0]?.passwordHash).toMatch(/^\$argon2id\$/);
    await purgeExpired(t.database.db, new Date(expires + 1000));
    const [kept] = await rows();
    expect(kept?.passwordHash).toBeNull();
    await purgeExpired(t.database.db, new Date(expires + 7 * 24 * hour - 1000));
    expect(await rows()).toHaveLength(1);
    await purgeExpired(t.database.db, new Date(expires + 7 * 24 * hour + 1000));
    expect(await rows()).toEqual([]);
  });

  it('answers an unknown or malformed link with a localised page, never an error', async () => {
    const client = t.client();
    const wellFormed = 'A'.repeat(43);
    for (const path of [
      `/sv/register/confirm?token=${wellFormed}`,
      '/sv/register/confirm?token=not-a-token',
      '/sv/register/confirm',
      `/sv/register/confirm?token=${'a'.repeat(5000)}`,
    ]) {
      const res = await client.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('Länken fungerar inte');
    }
    for (const fields of [{ token: wellFormed }, { token: '' }, {}] as Record<string, string>[]) {
      const res = await client.postForm('/sv/register/confirm', fields);
      expect(res.status, JSON.stringify(fields)).toBe(404);
    }
    // Without the form's CSRF token, even a good link is refused.
    expect(
      (await client.postForm('/sv/register/confirm', { token: wellFormed }, { csrf: false }))
        .status,
    ).toBe(403);
  });

  it('queues nothing when the transaction around it rolls back', async () => {
    const ctx = { db: t.database.db, now: () => new Date(at) };
    await expect(
      inTransaction(ctx, async (tx) => {
        const result = await requestRegistration(tx, account('rollback@example.se'), {
          lang: 'en',
          baseUrl: 'http://localhost',
        });
        expect(result.ok).toBe(true);
        expect(await outboxMailTo(tx.db, 'rollback@example.se')).toHaveLength(1);
        throw new Error('something after it failed');
      }),
    ).rejects.toThrow('something after it failed');
    expect(await outboxMailTo(t.database.db, 'rollback@example.se')).toEqual([]);
    const pending = await t.database.db
      .select()
      .from(pendingRegistrations)
      .where(eq(pendingRegistrations.email, 'rollback@example.se'));
    expect(pending).toEqual([]);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.messages).toEqual([]);
  });

  it('mails one address at most five times an hour, answering the same every time', async () => {
    const client = t.client();
    const answers = new Set<string>();
    for (let i = 0; i < 7; i++) {
      const res = await register(client, account('target@example.se'));
      expect(res.status).toBe(200);
      answers.add(res.body);
    }
    expect(answers.size).toBe(1);
    expect(await outboxMailTo(t.database.db, 'target@example.se')).toHaveLength(5);
    const pending = await t.database.db
      .select()
      .from(pendingRegistrations)
      .where(eq(pendingRegistrations.email, 'target@example.se'));
    expect(pending).toHaveLength(5);
  });
});
