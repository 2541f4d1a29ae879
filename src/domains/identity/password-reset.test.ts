import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../lib/transaction.ts';
import { linkIn } from '../../testing/smtp-server.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { actorOf } from '../dialog/dialogues/dialogues.fixtures.ts';
import { outboxMailTo } from '../mail/mail.queries.ts';
import { purgeExpired } from '../platform/housekeeping.ts';
import { deleteAccount, exportPersonalData } from './commands/personal-data.ts';
import { requestPasswordReset } from './commands/request-password-reset.ts';
import { type NewAccount, registerAndConfirm } from './identity.fixtures.ts';
import { findUserByEmail, insertUser } from './identity.queries.ts';
import { passwordResets, sessions } from './identity.schema.ts';
import { verifyPassword } from './passwords.ts';

let t: TestApp;
// The app's clock: it stands still unless a test moves it.
let at = new Date('2030-05-04T08:00:00Z').getTime();
const hour = 3_600_000;

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date(at), demoByClock: false });
});
afterAll(async () => {
  await t?.close();
});

const oldPassword = 'a long and private passphrase';
const newPassword = 'seven quiet herons over the fjord';

let accounts = 0;
/** A fresh account with `oldPassword`, registered and confirmed; its client is signed in. */
async function newAccount(): Promise<{ email: string; client: TestClient; userId: string }> {
  accounts += 1;
  const account: NewAccount = {
    name: 'Ebba Nyström',
    email: `reset-${accounts}@example.se`,
    password: oldPassword,
    municipalityId: 'SE-0127',
  };
  const client = t.client();
  const confirmed = await registerAndConfirm(t, client, account);
  expect(confirmed.status).toBe(303);
  const user = await findUserByEmail(t.database.db, account.email);
  return { email: account.email, client, userId: user?.id ?? '' };
}

/** The mails of one kind queued to `email`, oldest first. */
async function mailsTo(email: string, kind: string) {
  return (await outboxMailTo(t.database.db, email)).filter((m) => m.kind === kind);
}

/** The path of the reset link in the latest reset mail to `email`. */
async function resetLinkFor(email: string): Promise<string> {
  const latest = (await mailsTo(email, 'identity.password-reset')).at(-1);
  if (!latest) throw new Error(`no reset mail to ${email}`);
  return new URL(linkIn(latest.bodyText, '/password-reset/')).pathname;
}

async function ask(email: string, lang = 'en') {
  const res = await t.client().postForm(`/${lang}/password-reset`, { email });
  // Mails queued in the same millisecond would come out of the outbox in any order.
  at += 1000;
  return { status: res.status, body: await res.text() };
}

async function logsIn(email: string, password: string): Promise<number> {
  return (await t.client().postForm('/en/login', { email, password })).status;
}

const resetsOf = (userId: string) =>
  t.database.db.select().from(passwordResets).where(eq(passwordResets.userId, userId));

describe('asking for a password reset link', () => {
  it('answers an unknown and a known address alike, and mails only the known one', async () => {
    const { email, userId } = await newAccount();
    const known = await ask(email);
    const unknown = await ask('nobody-here@example.se');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(known.body).toContain(`If an account has the address ${email}`);
    expect(unknown.body.replaceAll('nobody-here@example.se', '<address>')).toBe(
      known.body.replaceAll(email, '<address>'),
    );
    expect(await outboxMailTo(t.database.db, 'nobody-here@example.se')).toEqual([]);

    const [mail] = await mailsTo(email, 'identity.password-reset');
    expect(mail?.subject).toBe('Choose a new password for Samskap');
    expect(mail?.bodyText).toContain('works once, for 1 hour.');
    const path = await resetLinkFor(email);
    expect(path).toMatch(/^\/en\/password-reset\/[\w-]{43}$/);
    const token = path.split('/').at(-1) ?? '';
    const [reset] = await resetsOf(userId);
    expect(reset?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(reset)).not.toContain(token);
    expect(reset?.expiresAt.getTime()).toBe((reset?.createdAt.getTime() ?? 0) + hour);
    expect(reset?.usedAt).toBeNull();
  });

  it('writes the mail in the language of the page', async () => {
    const { email } = await newAccount();
    await ask(email.toUpperCase(), 'sv');
    const [mail] = await mailsTo(email, 'identity.password-reset');
    expect(mail?.subject).toBe('Välj ett nytt lösenord för Samskap');
    expect(await resetLinkFor(email)).toMatch(/^\/sv\/password-reset\//);
  });

  it('gives an account without a password no link, only a mail saying how it logs in', async () => {
    const user = await insertUser(t.database.db, {
      email: 'only-bankid@example.no',
      name: 'Kari Nordmann',
      passwordHash: null,
    });
    const res = await ask('only-bankid@example.no', 'nb');
    expect(res.status).toBe(200);
    expect(await resetsOf(user?.id ?? '')).toEqual([]);
    const mails = await outboxMailTo(t.database.db, 'only-bankid@example.no');
    expect(mails.map((m) => [m.kind, m.subject])).toEqual([
      ['identity.password-reset-none', 'Kontoen din i Samskap har ikke noe passord'],
    ]);
    expect(mails[0]?.bodyText).not.toContain('/password-reset/');
    expect(mails[0]?.bodyText).toContain('http://localhost/nb/municipalities');
  });

  it('mails one address at most five times an hour, answering the same every time', async () => {
    const { email, userId } = await newAccount();
    const answers = new Set<string>();
    for (let i = 0; i < 7; i++) answers.add((await ask(email)).body);
    expect(answers.size).toBe(1);
    // Registration mailed the address once already this hour.
    expect(await mailsTo(email, 'identity.password-reset')).toHaveLength(4);
    expect(await resetsOf(userId)).toHaveLength(4);
  });

  it('refuses an empty, malformed, huge or hostile address with a localised error', async () => {
    const client = t.client();
    for (const [email, error] of [
      ['', 'Fill in this field.'],
      ['not an address', 'Enter an e-mail address like name@example.se.'],
      [`${'x'.repeat(20_000)}@example.se`, 'The text is too long.'],
      ['<script>alert(1)</script>@example.se', 'Enter an e-mail address like name@example.se.'],
    ] as const) {
      const res = await client.postForm('/en/password-reset', { email });
      expect(res.status, email.slice(0, 20)).toBe(422);
      const html = await res.text();
      expect(html).toContain(error);
      expect(html).not.toContain('<script>alert(1)</script>');
    }
    expect((await client.postForm('/en/password-reset', {})).status).toBe(422);
    const noCsrf = await client.postForm(
      '/en/password-reset',
      { email: 'resident@botkyrka.example' },
      { csrf: false },
    );
    expect(noCsrf.status).toBe(403);
    expect(await outboxMailTo(t.database.db, 'resident@botkyrka.example')).toEqual([]);
  });

  it('is linked from the login page', async () => {
    const html = await (await t.client().get('/sv/login')).text();
    expect(html).toContain('<a class="ds-link" href="/sv/password-reset">Glömt lösenordet?</a>');
    const page = await t.client().get('/sv/password-reset');
    expect(page.status).toBe(200);
    const form = await page.text();
    expect(form).toContain('<h1 class="ds-heading" data-size="lg">Återställ lösenordet</h1>');
    expect(form).toContain('name="_csrf"');
    expect(form).toContain('autocomplete="email"');
  });
});

describe('following a password reset link', () => {
  it('sets the new password once, ends every session, audits it and mails a notice', async () => {
    const { email, client, userId } = await newAccount();
    const otherBrowser = t.client();
    await otherBrowser.login(email, oldPassword);
    expect((await client.get('/en/account')).status).toBe(200);
    await ask(email);
    const older = await resetLinkFor(email);
    await ask(email);
    const path = await resetLinkFor(email);
    expect(path).not.toBe(older);

    // Opening the link (as a mail scanner would) uses nothing up.
    const visitor = t.client();
    for (let i = 0; i < 2; i++) {
      const page = await visitor.get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-store');
      const html = await page.text();
      expect(html).toContain('Choose a new password');
      expect(html).toContain(`action="${path}"`);
      expect(html).toContain('autocomplete="new-password"');
    }

    const done = await visitor.postForm(path, { password: newPassword });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/en/login?done=passwordChanged');
    const login = await (await visitor.get('/en/login?done=passwordChanged')).text();
    expect(login).toContain('Your password is changed. Log in with the new one.');

    const user = await findUserByEmail(t.database.db, email);
    expect(await verifyPassword(user?.passwordHash ?? '', newPassword)).toBe(true);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, userId))).toEqual(
      [],
    );
    for (const browser of [client, otherBrowser]) {
      expect((await browser.get('/en/account')).status).toBe(303);
    }
    expect(await logsIn(email, oldPassword)).toBe(401);
    expect(await logsIn(email, newPassword)).toBe(303);

    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'user.password-reset'), eq(auditLog.target, `user:${userId}`)),
      );
    expect(audited.map((a) => [a.municipalityId, a.actorLabel, a.actorUserId])).toEqual([
      ['SE-0127', `password-reset:${email}`, null],
    ]);
    expect(JSON.stringify(audited)).not.toContain(newPassword);
    const admin = await t.signedIn('admin@botkyrka.example');
    const log = await (await admin.get('/en/municipalities/SE-0127/admin/audit')).text();
    expect(log).toContain('Password changed through a link by e-mail');

    const [notice] = await mailsTo(email, 'identity.password-changed');
    expect(notice?.subject).toBe('Your Samskap password was changed');
    expect(notice?.bodyText).toContain('http://localhost/en/password-reset\n');
    expect(notice?.bodyText).not.toContain(newPassword);

    // The link, and the older one still in the mailbox, are used up.
    for (const link of [path, older]) {
      const again = await t.client().postForm(link, { password: 'another fine long passphrase' });
      expect(again.status).toBe(410);
      expect(await again.text()).toContain('The link has already been used');
      expect((await t.client().get(link)).status).toBe(410);
    }
    const after = await findUserByEmail(t.database.db, email);
    expect(after?.passwordHash).toBe(user?.passwordHash);
    expect((await resetsOf(userId)).every((r) => r.usedAt?.getTime() === at)).toBe(true);
  });

  it('stops working after an hour, and changes nothing then', async () => {
    const { email, userId } = await newAccount();
    await ask(email);
    const path = await resetLinkFor(email);
    const before = (await findUserByEmail(t.database.db, email))?.passwordHash;
    at += hour - 2000;
    expect((await t.client().get(path)).status).toBe(200);
    at += 1000;
    for (const res of [
      await t.client().get(path),
      await t.client().postForm(path, { password: newPassword }),
    ]) {
      expect(res.status).toBe(410);
      const html = await res.text();
      expect(html).toContain('The link has expired');
      expect(html).toContain('href="/en/password-reset"');
    }
    expect((await findUserByEmail(t.database.db, email))?.passwordHash).toBe(before);
    expect((await resetsOf(userId))[0]?.usedAt).toBeNull();
    expect(await logsIn(email, oldPassword)).toBe(303);
  });

  it('refuses a short, weak, huge or empty password, never echoes it, and changes nothing', async () => {
    const { email, client, userId } = await newAccount();
    await ask(email, 'sv');
    const path = await resetLinkFor(email);
    const before = (await findUserByEmail(t.database.db, email))?.passwordHash;
    for (const [password, error] of [
      ['', 'Lösenordet måste ha minst 12 tecken.'],
      ['kort', 'Lösenordet måste ha minst 12 tecken.'],
      ['lösenord2026!', 'Lösenordet är ett av de vanligaste'],
      ['abcabcabcabcabc', 'Lösenordet upprepar sig'],
      ['<b>bold</b>', 'Lösenordet måste ha minst 12 tecken.'],
      ['x'.repeat(20_000), 'Texten är för lång.'],
    ] as const) {
      const res = await t.client().postForm(path, { password });
      expect(res.status, password.slice(0, 20)).toBe(422);
      const html = await res.text();
      expect(html, password.slice(0, 20)).toContain(error);
      if (password.length > 4) expect(html).not.toContain(password);
    }
    expect((await findUserByEmail(t.database.db, email))?.passwordHash).toBe(before);
    expect((await resetsOf(userId))[0]?.usedAt).toBeNull();
    expect((await client.get('/sv/account')).status).toBe(200);
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'user.password-reset'), eq(auditLog.target, `user:${userId}`)),
      );
    expect(audited).toEqual([]);
    expect(await mailsTo(email, 'identity.password-changed')).toEqual([]);
    // The link still works afterwards.
    expect((await t.client().postForm(path, { password: newPassword })).status).toBe(303);
  });

  it('answers an unknown or malformed link with a localised 404, never an error', async () => {
    const client = t.client();
    for (const token of [
      'A'.repeat(43),
      'not-a-token',
      'a'.repeat(5000),
      encodeURIComponent('<script>alert(1)</script>'),
      `${'A'.repeat(42)}.`,
    ]) {
      const path = `/nb/password-reset/${token}`;
      const page = await client.get(path);
      expect(page.status, token.slice(0, 20)).toBe(404);
      const html = await page.text();
      expect(html).toContain('Lenken virker ikke');
      expect(html).not.toContain('<script>alert(1)</script>');
      const post = await client.postForm(path, { password: newPassword });
      expect(post.status, token.slice(0, 20)).toBe(404);
    }
    expect(
      (await client.postForm(`/nb/password-reset/${'A'.repeat(43)}`, {}, { csrf: false })).status,
    ).toBe(403);
  });

  it('refuses a form without its CSRF token even with a good link', async () => {
    const { email } = await newAccount();
    await ask(email);
    const path = await resetLinkFor(email);
    const before = (await findUserByEmail(t.database.db, email))?.passwordHash;
    const res = await t.client().postForm(path, { password: newPassword }, { csrf: false });
    expect(res.status).toBe(403);
    expect((await findUserByEmail(t.database.db, email))?.passwordHash).toBe(before);
  });

  it('lets the owner log in at once, whatever wrong passwords were tried before', async () => {
    const { email } = await newAccount();
    for (let i = 0; i < 5; i++) expect(await logsIn(email, `wrong guess number ${i}`)).toBe(401);
    expect(await logsIn(email, oldPassword)).toBe(429);
    await ask(email);
    // Back to the moment of the last guess, so the wait has not simply run out.
    at -= 1000;
    expect(
      (await t.client().postForm(await resetLinkFor(email), { password: newPassword })).status,
    ).toBe(303);
    expect(await logsIn(email, newPassword)).toBe(303);
  });

  it('ends with the account: deleting it removes its open links, and its data lists them', async () => {
    const { email, userId } = await newAccount();
    await ask(email);
    await ask(email);
    const path = await resetLinkFor(email);
    const ctx = { db: t.database.db, now: () => new Date(at) };
    const actor = await actorOf(t.database.db, email);
    const exported = await exportPersonalData(ctx, actor);
    const links = (exported.identity as { passwordResets: unknown[] }).passwordResets;
    expect(links).toHaveLength(2);
    expect(links[0]).toEqual({
      createdAt: expect.any(Date),
      expiresAt: expect.any(Date),
      usedAt: null,
    });
    const [row] = await resetsOf(userId);
    expect(JSON.stringify(exported)).not.toContain(row?.tokenHash);
    expect(JSON.stringify(exported)).not.toContain(path.split('/').at(-1));

    expect(await deleteAccount(ctx, actor, { confirmation: oldPassword })).toEqual({
      ok: true,
      value: true,
    });
    expect(await resetsOf(userId)).toEqual([]);
    expect((await t.client().get(path)).status).toBe(404);
    expect((await t.client().postForm(path, { password: newPassword })).status).toBe(404);
    expect(await ask(email)).toMatchObject({ status: 200 });
    expect(await resetsOf(userId)).toEqual([]);
  });

  it('forgets links a week after they ended', async () => {
    const { email, userId } = await newAccount();
    await ask(email);
    const [reset] = await resetsOf(userId);
    const ends = reset?.expiresAt.getTime() ?? 0;
    await purgeExpired(t.database.db, new Date(ends + 7 * 24 * hour - 1000));
    expect(await resetsOf(userId)).toHaveLength(1);
    await purgeExpired(t.database.db, new Date(ends + 7 * 24 * hour + 1000));
    expect(await resetsOf(userId)).toEqual([]);
  });

  it('queues nothing and makes no link when the command runs in a transaction that rolls back', async () => {
    const { email, userId } = await newAccount();
    const ctx = { db: t.database.db, now: () => new Date(at) };
    await expect(
      inTransaction(ctx, async (tx) => {
        await requestPasswordReset(tx, { email }, { lang: 'en', baseUrl: 'http://localhost' });
        const queued = await outboxMailTo(tx.db, email);
        expect(queued.filter((m) => m.kind === 'identity.password-reset')).toHaveLength(1);
        throw new Error('something after it failed');
      }),
    ).rejects.toThrow('something after it failed');
    expect(await mailsTo(email, 'identity.password-reset')).toEqual([]);
    expect(await resetsOf(userId)).toEqual([]);
  });
});
