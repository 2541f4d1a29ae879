import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { registerAndConfirm } from './identity.fixtures.ts';
import { findUserByEmail } from './identity.queries.ts';
import { users } from './identity.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const PASSWORD = 'a long enough password';

/** A new resident of Botkyrka, registered through the forms and signed in. */
async function registered(email: string): Promise<TestClient> {
  const client = t.client();
  const done = await registerAndConfirm(t, client, {
    name: 'Dana Data',
    email,
    password: PASSWORD,
    municipalityId: 'SE-0127',
  });
  expect(done.status).toBe(303);
  return client;
}

const hasSession = (client: TestClient) =>
  [...client.cookies.keys()].some((k) => k.endsWith('samskap_session'));

describe('downloading my data', () => {
  it('asks a visitor to log in', async () => {
    const res = await t.client().get('/en/account/data');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/en\/login\?next=/);
  });

  it('is a JSON attachment of the signed-in person, linked from the account page', async () => {
    const client = await registered('dana.download@example.org');
    const page = await (await client.get('/sv/account')).text();
    expect(page).toContain('href="/sv/account/data"');
    expect(page).toContain('Ladda ner mina uppgifter (JSON)');
    const res = await client.get('/sv/account/data');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="samskap-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data = (await res.json()) as { identity: { account: Record<string, unknown> } };
    expect(data.identity.account).toMatchObject({
      email: 'dana.download@example.org',
      name: 'Dana Data',
    });
  });
});

describe('the deletion form', () => {
  it('is labelled, and refuses a post without its CSRF token or from a visitor', async () => {
    const client = await registered('dana.csrf@example.org');
    const page = await (await client.get('/en/account')).text();
    expect(page).toContain(
      '<label class="ds-label" for="field-confirmation">Your password</label>',
    );
    expect(page).toContain('action="/en/account/delete"');
    const forged = await client.postForm(
      '/en/account/delete',
      { confirmation: PASSWORD },
      { csrf: false },
    );
    expect(forged.status).toBe(403);
    expect(hasSession(client)).toBe(true);
    const visitor = await t.client().postForm('/en/account/delete', { confirmation: PASSWORD });
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toMatch(/^\/en\/login/);
    expect((await findUserByEmail(t.database.db, 'dana.csrf@example.org'))?.deletedAt).toBeNull();
  });

  it('says what is wrong with an empty or wrong password, never showing it again', async () => {
    const client = await registered('dana.wrong@example.org');
    const empty = await client.postForm('/en/account/delete', { confirmation: '' });
    expect(empty.status).toBe(422);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('id="error-summary"');
    expect(emptyHtml).toMatch(/aria-describedby="hint-confirmation error-confirmation"/);
    const wrong = await client.postForm('/en/account/delete', {
      confirmation: 'my secret guess 123',
    });
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(html).toContain('The password is wrong. Nothing has been deleted.');
    expect(html).not.toContain('my secret guess 123');
    expect(hasSession(client)).toBe(true);
    expect((await client.get('/en/account')).status).toBe(200);
  });

  it('is not offered to a demo account, which cannot be deleted', async () => {
    const demo = await t.signedIn('resident@botkyrka.example');
    const page = await (await demo.get('/nb/account')).text();
    expect(page).toContain('Demokontoer deles av alle som prøver Samskap, og kan ikke slettes.');
    expect(page).not.toContain('action="/nb/account/delete"');
    const refused = await demo.postForm('/nb/account/delete', {
      confirmation: 'correct horse battery staple',
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Demokontoer deles av alle');
    const [row] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'resident@botkyrka.example'));
    expect(row?.deletedAt).toBeNull();
  });

  it('deletes the account with the right password and signs the person out', async () => {
    const client = await registered('dana.gone@example.org');
    const done = await client.postForm('/en/account/delete', { confirmation: PASSWORD });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/en/login?done=accountDeleted');
    expect(hasSession(client)).toBe(false);
    const notice = await (await client.get('/en/login?done=accountDeleted')).text();
    expect(notice).toContain('Your account is deleted and you are logged out.');
    expect((await client.get('/en/account')).status).toBe(303);
    expect(await findUserByEmail(t.database.db, 'dana.gone@example.org')).toBeUndefined();
  });
});
