import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { insertTestDepartment } from './strategy.fixtures.ts';

// Every strategy route, with hostile text in every field and query parameter, against real ids of
// the actor's own municipality: never a 500, never markup reflected, never a half-write.
const script = '<script>alert(1)</script>';
const hostile = [
  '',
  script,
  "' OR '1'='1'; DROP TABLE goals; --",
  'NaN',
  '-Infinity',
  '1e309',
  '9999-99-99',
  'NO-3203',
  '00000000-0000-0000-0000-000000000000',
  '\u0000\u202E\uFFFD😀',
  'x'.repeat(60_000),
];
const fields = [
  'title',
  'body',
  'description',
  'parentId',
  'departmentId',
  'name',
  'unit',
  'direction',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
  'koladaKpiId',
  'indicatorId',
  'value',
  'measuredOn',
  'note',
  'bodyId',
  'decidedOn',
  'text',
];
const tables = [
  'future_story_versions',
  'goals',
  'indicators',
  'indicator_measurements',
  'decisions',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const result = await t.database.db.execute(
      sql.raw(
        `select count(*)::int as n, coalesce(max(md5(${table}::text)), '') as h from ${table}`,
      ),
    );
    parts.push(JSON.stringify((result as { rows: unknown[] }).rows[0]));
  }
  return parts.join(' ');
}

describe('strategy routes under hostile input', () => {
  it('never answer 500, never reflect markup, never half-write', async () => {
    const admin = t.client();
    await admin.login('admin@botkyrka.example');
    const m = '/en/municipalities/SE-0127';
    const department = await insertTestDepartment(t.database.db, 'SE-0127', 'Hostile test');
    const strategic = await admin.postForm(`${m}/goals`, { title: 'Mål för test' });
    const goalId = strategic.headers.get('location')?.match(/goals\/([0-9a-f-]{36})/)?.[1] ?? '';
    const draft = await admin.postForm(`${m}/future-story/versions`, {});
    const versionId = draft.headers.get('location')?.match(/versions\/([0-9a-f-]{36})/)?.[1] ?? '';
    expect(goalId).not.toBe('');
    expect(versionId).not.toBe('');
    const routes: [string, string][] = [
      ['GET', `${m}/future-story`],
      ['GET', `${m}/future-story/versions`],
      ['GET', `${m}/future-story/versions/${versionId}`],
      ['POST', `${m}/future-story/versions/${versionId}`],
      ['POST', `${m}/future-story/versions/${versionId}/adopt`],
      ['GET', `${m}/goals`],
      ['POST', `${m}/goals`],
      ['POST', `${m}/goals/adopt`],
      ['GET', `${m}/goals/${goalId}`],
      ['POST', `${m}/goals/${goalId}`],
      ['POST', `${m}/goals/${goalId}/indicators`],
      ['POST', `${m}/goals/${goalId}/measurements`],
      ['GET', '/api/v1/municipalities/SE-0127/future-story'],
      ['GET', '/api/v1/municipalities/SE-0127/goals'],
    ];
    for (const [method, path] of routes) {
      for (const value of hostile) {
        const before = await fingerprint();
        const q = encodeURIComponent(value.slice(0, 1000));
        const url = `${path}?q=${q}&kpi=${q}&drafts=${q}&done=${q}`;
        const body = new URLSearchParams(Object.fromEntries(fields.map((f) => [f, value])));
        if (value === 'NO-3203') body.set('departmentId', department.id);
        const res =
          method === 'GET'
            ? await admin.get(url)
            : await admin.postForm(url, Object.fromEntries(body));
        const where = `${method} ${path} with ${JSON.stringify(value.slice(0, 30))}`;
        expect(res.status, where).toBeLessThan(500);
        const text = await res.text();
        if ((res.headers.get('content-type') ?? '').includes('text/html')) {
          expect(text, where).not.toContain(script);
        }
        if (res.status >= 400) expect(await fingerprint(), where).toBe(before);
      }
    }
    // What was accepted is shown escaped, on every page that shows it.
    for (const path of [`${m}/goals`, `${m}/future-story/versions/${versionId}`]) {
      expect(await (await admin.get(path)).text()).not.toContain(script);
    }
  }, 600_000);
});
