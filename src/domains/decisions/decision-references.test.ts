import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Actor } from '../../vocabulary/actor.ts';
import { users } from '../identity/identity.schema.ts';
import { recordDecision } from './commands/record-decision.ts';
import { type ApiDecision, handHashV2, sha256 } from './decisions.fixtures.ts';
import { decisionBodies, decisions } from './decisions.schema.ts';

// Paragraph, registration number and protocol link of a decision: the form, the page, the API,
// and the hash chain, which must keep holding for decisions recorded before hash version 2.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const katrineholm = 'SE-0483';
const api = (path = '') => t.app.request(`/api/v1/municipalities/${katrineholm}/decisions${path}`);
type Item = ApiDecision;
const items = async () => ((await (await api()).json()) as { items: Item[] }).items;

async function councilId(): Promise<string> {
  const [row] = await t.database.db
    .select({ id: decisionBodies.id })
    .from(decisionBodies)
    .where(
      and(
        eq(decisionBodies.municipalityId, katrineholm),
        eq(decisionBodies.name, 'Kommunfullmäktige'),
      ),
    );
  if (!row) throw new Error('no council');
  return row.id;
}

async function politician() {
  const client = t.client();
  await client.login('politician@katrineholm.example');
  return client;
}

describe('decision references', () => {
  it('an old decision (hash version 1) still verifies, and a new one continues its chain with version 2', async () => {
    // Upplands Väsby has no demo content: give it a body and a decision as recorded before hash
    // version 2, hashed over the four old members.
    const db = t.database.db;
    const vasby = 'SE-0114';
    const [council] = await db
      .insert(decisionBodies)
      .values({ municipalityId: vasby, name: 'Kommunfullmäktige', kind: 'council' })
      .returning();
    const body = council?.id ?? '';
    const genesis = '0'.repeat(64);
    const oldHash = sha256(
      `{"adopts":[],"bodyId":"${body}","date":"2025-12-01","text":"Budget 2026 fastställs."}${genesis}`,
    );
    await db.insert(decisions).values({
      municipalityId: vasby,
      sequence: 1,
      bodyId: body,
      decidedOn: '2025-12-01',
      text: 'Budget 2026 fastställs.',
      adopts: [],
      previousHash: genesis,
      hash: oldHash,
      hashVersion: 1,
    });
    const verify = (m: string) => t.app.request(`/api/v1/municipalities/${m}/decisions/verify`);
    expect(await (await verify(vasby)).json()).toMatchObject({
      ok: true,
      length: 1,
      head: oldHash,
    });

    const [user] = await db
      .select()
      .from(users)
      .where(eq(users.email, 'admin@katrineholm.example'));
    const actor: Actor = {
      kind: 'user',
      userId: user?.id ?? '',
      email: 'admin@katrineholm.example',
      name: 'Admin',
      grants: [{ role: 'admin', municipalityId: vasby, departmentId: null }],
    };
    const recorded = await recordDecision({ db, now: () => new Date() }, actor, vasby, {
      bodyId: body,
      decidedOn: '2026-01-20',
      text: 'Kommunfullmäktige inför digital signering.',
      paragraph: '§ 3',
    });
    expect(recorded.ok).toBe(true);
    const { items: listed } = await (
      await t.app.request(`/api/v1/municipalities/${vasby}/decisions`)
    ).json();
    const added = listed[1] as ApiDecision;
    expect(added).toMatchObject({ sequence: 2, hashVersion: 2, previousHash: oldHash });
    expect(added.hash).toBe(handHashV2(added));
    expect(await (await verify(vasby)).json()).toMatchObject({
      ok: true,
      length: 2,
      head: added.hash,
      checkpoints: { checked: 1, latest: { count: 2, head: added.hash } },
    });
  });

  it('are recorded, shown and hashed with the rest of the decision', async () => {
    const before = await items();
    const head = before.at(-1)?.hash ?? '0'.repeat(64);
    const client = await politician();
    const res = await client.postForm(`/sv/municipalities/${katrineholm}/decisions`, {
      bodyId: await councilId(),
      decidedOn: '2026-04-13',
      text: 'Kommunfullmäktige inför digital signering.',
      paragraph: ' § 45 ',
      registrationNumber: 'KS 2026/123',
      protocolUrl: 'https://katrineholm.example/protokoll/kf-2026-04-13.pdf',
    });
    expect(res.status).toBe(303);

    const after = await items();
    const added = after.at(-1) as Item;
    expect(added).toMatchObject({
      sequence: before.length + 1,
      previousHash: head,
      paragraph: '§ 45',
      registrationNumber: 'KS 2026/123',
      protocolUrl: 'https://katrineholm.example/protokoll/kf-2026-04-13.pdf',
    });
    // Recomputed by hand from the documented canonical form (version 2), references included.
    expect(added.hash).toBe(handHashV2(added));
    expect(await (await api('/verify')).json()).toMatchObject({
      ok: true,
      length: before.length + 1,
      head: added.hash,
    });

    // The decisions page shows them, with the decision's own anchor.
    const page = await (await t.app.request(`/sv/municipalities/${katrineholm}/decisions`)).text();
    expect(page).toContain(`id="decision-${added.id}"`);
    expect(page).toContain('<li>§ 45</li><li>Dnr KS 2026/123</li>');
    expect(page).toContain('href="https://katrineholm.example/protokoll/kf-2026-04-13.pdf"');
  });

  it('altering a recorded reference behind the application’s back breaks the chain there', async () => {
    const all = await items();
    const index = all.findIndex((d) => d.registrationNumber === 'KS 2026/123');
    expect(index).toBeGreaterThanOrEqual(0);
    const db = t.database.db;
    await db.execute(sql`alter table decisions disable trigger decisions_append_only`);
    await db.execute(
      sql`update decisions set registration_number = 'KS 2026/124' where id = ${all[index]?.id}`,
    );
    await db.execute(sql`alter table decisions enable trigger decisions_append_only`);
    expect(await (await api('/verify')).json()).toMatchObject({
      ok: false,
      reason: 'content-changed',
      index,
    });
    // Put it back so the other tests see an intact chain.
    await db.execute(sql`alter table decisions disable trigger decisions_append_only`);
    await db.execute(
      sql`update decisions set registration_number = 'KS 2026/123' where id = ${all[index]?.id}`,
    );
    await db.execute(sql`alter table decisions enable trigger decisions_append_only`);
    expect(await (await api('/verify')).json()).toMatchObject({ ok: true });
  });

  it('refuses a malformed reference with a localised field error and records nothing', async () => {
    const client = await politician();
    const body = await councilId();
    const count = async () => (await t.database.db.select().from(decisions)).length;
    const before = await count();
    const cases: [Record<string, string>, string, string][] = [
      [{ paragraph: '§ 45 <script>' }, 'paragraph', 'Skriv paragrafen som i protokollet'],
      [{ paragraph: '§ 1234567890123456789' }, 'paragraph', 'med högst 20 tecken'],
      [{ registrationNumber: `KS 2026/${'1'.repeat(44)}` }, 'registrationNumber', 'diarienumret'],
      [{ registrationNumber: 'KS "2026"' }, 'registrationNumber', 'diarienumret'],
      [{ protocolUrl: 'http://katrineholm.example/p.pdf' }, 'protocolUrl', 'https://'],
      [{ protocolUrl: 'javascript:alert(1)' }, 'protocolUrl', 'https://'],
      [{ protocolUrl: 'https://user:secret@katrineholm.example/' }, 'protocolUrl', 'https://'],
    ];
    for (const [fields, field, message] of cases) {
      const res = await client.postForm(`/sv/municipalities/${katrineholm}/decisions`, {
        bodyId: body,
        decidedOn: '2026-04-14',
        text: 'Ett beslut med fel i referensen.',
        ...fields,
      });
      expect(res.status, JSON.stringify(fields)).toBe(422);
      const html = await res.text();
      expect(html).toContain(`id="error-${field}"`);
      expect(html).toContain(message);
      expect(html).not.toContain('<script>');
    }
    const nb = await client.postForm(`/nb/municipalities/${katrineholm}/decisions`, {
      bodyId: body,
      decidedOn: '2026-04-14',
      text: 'x',
      protocolUrl: 'ftp://x',
    });
    expect(await nb.text()).toContain('som begynner med https://');
    expect(await count()).toBe(before);
  });

  it('are optional: a decision without them is recorded with nulls, in the API too', async () => {
    const client = await politician();
    const res = await client.postForm(`/en/municipalities/${katrineholm}/decisions`, {
      bodyId: await councilId(),
      decidedOn: '2026-04-15',
      text: 'A decision without references.',
      paragraph: '  ',
      registrationNumber: '',
    });
    expect(res.status).toBe(303);
    const last = (await items()).at(-1);
    expect(last).toMatchObject({ paragraph: null, registrationNumber: null, protocolUrl: null });
    expect(await (await api('/verify')).json()).toMatchObject({ ok: true });
    const openapi = await (await t.app.request('/api/v1/openapi.json')).json();
    const schema = JSON.stringify(openapi.paths['/municipalities/{id}/decisions']);
    for (const f of ['paragraph', 'registrationNumber', 'protocolUrl']) expect(schema).toContain(f);
  });

  it('are asked for on every form that records a decision', async () => {
    const client = await politician();
    // A draft of the future story is adopted by a decision (the demo has one).
    const drafts = (await t.database.db.execute(
      sql`select id from future_story_versions where municipality_id = ${katrineholm} and status = 'draft'`,
    )) as unknown as { rows: { id: string }[] };
    const draft = drafts.rows[0];
    const pages = [
      `/sv/municipalities/${katrineholm}/decisions`,
      `/sv/municipalities/${katrineholm}/future-story/versions/${draft?.id}`,
    ];
    for (const path of pages) {
      const html = await (await client.get(path)).text();
      for (const f of ['paragraph', 'registrationNumber', 'protocolUrl']) {
        expect(html, `${path} ${f}`).toContain(`name="${f}"`);
      }
    }
  });
});

describe('what a decision concerns', () => {
  it('links to the goals and future story it adopted, and to an overridden initiative residents may see', async () => {
    const html = await (await t.app.request('/en/municipalities/SE-0127/decisions')).text();
    expect(html).toMatch(
      /Concerns: Future story: <a class="ds-link" href="\/en\/municipalities\/SE-0127\/future-story\/versions\/[0-9a-f-]{36}" lang="sv">/,
    );
    expect(html).toMatch(
      /Concerns: Goals: <a class="ds-link" href="\/en\/municipalities\/SE-0127\/goals\/[0-9a-f-]{36}" lang="sv">/,
    );
    // The demo decisions carry their place in the minutes.
    expect(html).toMatch(/<li>§ \d+<\/li><li>Reg\. no\. KS 2025\/\d+<\/li>/);
    expect(html).toContain('href="https://botkyrka.example/protokoll/kf-2025-02-17.pdf"');
  });

  it('names a scenario without a link for residents, and links it for staff', async () => {
    // Adopt a scenario by decision as an admin, then read the decisions page as both.
    const admin = t.client();
    await admin.login('admin@katrineholm.example');
    const run = await admin.postForm(`/en/municipalities/${katrineholm}/prioritisation/scenarios`, {
      name: 'Portfolio 2027',
      year: '2027',
      budget: '5000000',
      weight_goalContribution: '1',
      weight_benefitCost: '1',
      weight_urgency: '0',
      weight_feasibility: '0',
      weight_risk: '0',
      weight_reusePotential: '0',
    });
    expect(run.status).toBe(303);
    const sid = /scenarios\/([0-9a-f-]{36})/.exec(run.headers.get('location') ?? '')?.[1];
    expect(sid).toBeTruthy();
    const adopt = await admin.postForm(
      `/en/municipalities/${katrineholm}/prioritisation/scenarios/${sid}/adopt`,
      {
        bodyId: await councilId(),
        decidedOn: '2026-06-15',
        text: 'The portfolio for 2027 is adopted.',
        paragraph: '§ 77',
      },
    );
    expect(adopt.status).toBe(303);
    const link = `href="/en/municipalities/${katrineholm}/prioritisation/scenarios/${sid}"`;
    const forStaff = await (await admin.get(`/en/municipalities/${katrineholm}/decisions`)).text();
    expect(forStaff).toContain(link);
    const forResidents = await (
      await t.app.request(`/en/municipalities/${katrineholm}/decisions`)
    ).text();
    expect(forResidents).toContain('Concerns: Prioritisation scenario');
    expect(forResidents).not.toContain(link);
    expect(forResidents).not.toContain('Portfolio 2027');
  });
});
