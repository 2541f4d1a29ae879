import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { handCanonicalV2, handHashV2, sha256 } from './decisions.fixtures.ts';
import { decisionBodies, decisions } from './decisions.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const base = '/en/municipalities/SE-0483';
async function bodyOf(municipalityId: string, name?: string): Promise<string> {
  const rows = await t.database.db
    .select({ id: decisionBodies.id, name: decisionBodies.name })
    .from(decisionBodies)
    .where(eq(decisionBodies.municipalityId, municipalityId));
  return rows.find((r) => name === undefined || r.name === name)?.id ?? '';
}

const councilId = () => bodyOf('SE-0483', 'Kommunfullmäktige');

async function record(email: string, text: string, decidedOn = '2026-11-20') {
  const client = t.client();
  await client.login(email);
  return client.postForm(`${base}/decisions`, { bodyId: await councilId(), decidedOn, text });
}

describe('decisions', () => {
  it('are recorded by politicians and admins, chained by SHA-256, and verified', async () => {
    // The demo content may already hold decisions: the new ones continue its chain.
    const existing = (
      await (await t.app.request('/api/v1/municipalities/SE-0483/decisions')).json()
    ).items as { sequence: number; hash: string }[];
    const n = existing.length;
    const head = existing.at(-1)?.hash ?? '0'.repeat(64);
    expect(
      (await record('politician@katrineholm.example', 'Framtidsberättelse 2035 antas.')).status,
    ).toBe(303);
    expect(
      (
        await record(
          'admin@katrineholm.example',
          'Budget för digitalisering 2027 fastställs.',
          '2026-11-21',
        )
      ).status,
    ).toBe(303);
    const { items } = await (
      await t.app.request('/api/v1/municipalities/SE-0483/decisions')
    ).json();
    expect(items.map((d: { sequence: number }) => d.sequence)).toEqual(
      Array.from({ length: n + 2 }, (_, i) => i + 1),
    );
    expect(items[n].previousHash).toBe(head);
    expect(items[n + 1].previousHash).toBe(items[n].hash);
    // Recompute both hashes independently from the documented canonical form (version 2):
    // SHA-256 over canonical JSON of every shown field, followed by the previous hash.
    expect(items[n]).toMatchObject({
      hashVersion: 2,
      municipalityId: 'SE-0483',
      body: { name: 'Kommunfullmäktige' },
      text: 'Framtidsberättelse 2035 antas.',
      paragraph: null,
    });
    expect(items[n].recordedBy).toMatch(/^[0-9a-f-]{36}$/);
    expect(items[n].hash).toBe(sha256(handCanonicalV2(items[n]) + head));
    expect(items[n + 1].hash).toBe(handHashV2(items[n + 1]));
    const verdict = await (
      await t.app.request('/api/v1/municipalities/SE-0483/decisions/verify')
    ).json();
    expect(verdict).toMatchObject({ ok: true, length: n + 2, head: items[n + 1].hash });
    // Each recorded decision signed a checkpoint of the head it made.
    expect(verdict.checkpoints).toMatchObject({
      checked: n + 2,
      latest: { count: n + 2, head: items[n + 1].hash },
    });
    const page = await (await t.app.request('/sv/municipalities/SE-0483/decisions')).text();
    expect(page).toContain(`Kedjan med ${n + 2} beslut håller`);
    expect(page).toContain('Framtidsberättelse 2035 antas.');
    // The page publishes the chain's head and every decision's own hash, in full.
    expect(page).toContain(
      `<code class="token-secret" id="chain-head">${items[n + 1].hash}</code>`,
    );
    expect(page).toContain(items[n].hash);
  });

  it('are refused for staff, residents and visitors, and for another municipality', async () => {
    for (const email of [
      'staff@katrineholm.example',
      'resident@katrineholm.example',
      'politician@asker.example',
    ]) {
      expect((await record(email, 'Otillåtet beslut')).status, email).toBe(403);
    }
    const anonymous = t.client();
    const res = await anonymous.postForm(`${base}/decisions`, {
      bodyId: await councilId(),
      decidedOn: '2026-11-20',
      text: 'x',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/login');
  });

  it('re-render the form for a bad date, an empty text or a foreign body, recording nothing', async () => {
    const before = (await t.database.db.select().from(decisions)).length;
    const client = t.client();
    await client.login('politician@katrineholm.example');
    const badDate = await client.postForm(`${base}/decisions`, {
      bodyId: await councilId(),
      decidedOn: '2026-02-30',
      text: 'Beslut',
    });
    expect(badDate.status).toBe(422);
    expect(await badDate.text()).toContain('Enter a real date as YYYY-MM-DD.');
    const empty = await client.postForm(`${base}/decisions`, {
      bodyId: await councilId(),
      decidedOn: '2026-11-20',
      text: '  ',
    });
    expect(empty.status).toBe(422);
    const foreign = await client.postForm(`${base}/decisions`, {
      bodyId: await bodyOf('NO-3203'),
      decidedOn: '2026-11-20',
      text: 'Beslut',
    });
    expect(foreign.status).toBe(422);
    expect(await foreign.text()).toContain('Choose one of this municipality’s bodies.');
    expect((await t.database.db.select().from(decisions)).length).toBe(before);
  });

  it('show a broken chain when a recorded decision is changed behind the application’s back', async () => {
    const db = t.database.db;
    // Only someone with direct database access, who first disables the guard, can do this.
    await db.execute(sql`alter table decisions disable trigger decisions_append_only`);
    await db.execute(
      sql`update decisions set text = 'Förfalskad text' where municipality_id = 'SE-0483' and sequence = 1`,
    );
    await db.execute(sql`alter table decisions enable trigger decisions_append_only`);
    const verdict = await (
      await t.app.request('/api/v1/municipalities/SE-0483/decisions/verify')
    ).json();
    expect(verdict).toMatchObject({ ok: false, reason: 'content-changed', index: 0 });
    const page = await (await t.app.request('/en/municipalities/SE-0483/decisions')).text();
    expect(page).toContain('The chain does not hold at decision number 1');
  });

  it('let admins add bodies with a localised error for a missing kind', async () => {
    const admin = t.client();
    await admin.login('admin@asker.example');
    const bad = await admin.postForm('/nb/municipalities/NO-3203/decision-bodies', {
      name: 'Utvalg for kultur',
      kind: '',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Velg type organ.');
    const good = await admin.postForm('/nb/municipalities/NO-3203/decision-bodies', {
      name: 'Utvalg for kultur',
      kind: 'committee',
    });
    expect(good.status).toBe(303);
    const politician = t.client();
    await politician.login('politician@asker.example');
    expect(
      (
        await politician.postForm('/nb/municipalities/NO-3203/decision-bodies', {
          name: 'X',
          kind: 'committee',
        })
      ).status,
    ).toBe(403);
  });
});
