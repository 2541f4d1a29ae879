import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../../testing/test-app.ts';
import { demoDialogues } from './demo-texts.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const api = '/api/v1/municipalities/SE-0127/matters';
type Item = { id: string; title: string; phase: string };

async function tokenOf(email: string): Promise<string> {
  const res = await postJson(t.app, '/api/v1/auth/token', {
    email,
    password: demoPasswordForTests,
  });
  return ((await res.json()) as { token: string }).token;
}

async function demoMatter(title: string): Promise<Item> {
  const list = (await (await t.app.request(api)).json()) as { items: Item[] };
  const found = list.items.find((i) => i.title === title);
  if (!found) throw new Error(`no matter ${title}`);
  return found;
}

describe('matters in the API', () => {
  it('are listed with their phase, a page at a time', async () => {
    const all = (await (await t.app.request(api)).json()) as { total: number; items: Item[] };
    const titles = (demoDialogues['SE-0127'] ?? []).map((d) => d.title);
    expect(all.items.map((i) => i.title).sort()).toEqual(expect.arrayContaining(titles));
    expect(all.items.find((i) => i.title === titles[0])?.phase).toBe('open');
    expect(all.items.find((i) => i.title === titles[1])?.phase).toBe('feedback');
    const second = (await (await t.app.request(`${api}?pageSize=1&page=2`)).json()) as {
      total: number;
      items: Item[];
    };
    expect(second.total).toBe(all.total);
    expect(second.items).toEqual([all.items[1]]);
    expect((await t.app.request(`${api}?pageSize=0`)).status).toBe(400);
  });

  it('give a matter with its statements, their votes and the map; another municipality’s is not found', async () => {
    const open = await demoMatter('Digital tillsyn på natten i hemtjänsten');
    const res = await t.app.request(`${api}/${open.id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      statements: { number: number; votes: { agree: number; disagree: number; pass: number } }[];
      map: { groups: unknown[]; participants: number };
      participants: number;
    };
    expect(body.map.groups).toHaveLength(2);
    expect(body.map.participants).toBe(body.participants);
    // Each participant votes on a statement at most once (current votes), so no count exceeds them.
    for (const s of body.statements) {
      expect(s.votes.agree + s.votes.disagree + s.votes.pass).toBeLessThanOrEqual(
        body.participants,
      );
    }
    expect((await t.app.request(`/api/v1/municipalities/SE-0483/matters/${open.id}`)).status).toBe(
      404,
    );
    expect((await t.app.request(`${api}/not-a-uuid`)).status).toBe(404);
  });

  it('take votes and statements with a token only, and refuse them once decided', async () => {
    const open = await demoMatter('Digital tillsyn på natten i hemtjänsten');
    const detail = (await (await t.app.request(`${api}/${open.id}`)).json()) as {
      statements: { id: string }[];
    };
    const statementId = detail.statements[0]?.id ?? '';
    const vote = { statementId, vote: 'agree' };
    expect((await postJson(t.app, `${api}/${open.id}/votes`, vote)).status).toBe(401);
    const auth = { authorization: `Bearer ${await tokenOf('staff@botkyrka.example')}` };
    const first = await postJson(t.app, `${api}/${open.id}/votes`, vote, auth);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ recorded: true });
    expect(await (await postJson(t.app, `${api}/${open.id}/votes`, vote, auth)).json()).toEqual({
      recorded: false,
    });
    expect(
      (await postJson(t.app, `${api}/${open.id}/votes`, { statementId, vote: 'maybe' }, auth))
        .status,
    ).toBe(400);
    const text = { text: 'Nattpersonalen behöver bättre utbildning i tekniken.' };
    const added = await postJson(t.app, `${api}/${open.id}/statements`, text, auth);
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ shown: true });
    expect((await postJson(t.app, `${api}/${open.id}/statements`, text, auth)).status).toBe(400);
    // A NUL character never reaches the database: a clear 400, nothing written.
    const nul = { text: 'Bra\u0000förslag' };
    expect((await postJson(t.app, `${api}/${open.id}/statements`, nul, auth)).status).toBe(400);
    const decided = await demoMatter('Öppettider i Tumba simhall');
    const late = await postJson(
      t.app,
      `${api}/${decided.id}/statements`,
      { text: 'För sent' },
      auth,
    );
    expect(late.status).toBe(409);
    expect(late.headers.get('content-type')).toContain('application/problem+json');
  });
});
