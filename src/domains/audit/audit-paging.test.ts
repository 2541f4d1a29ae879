import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { clean, personWith } from '../styrning/strategy/strategy.fixtures.ts';
import { appendAudit } from './audit.queries.ts';
import { auditLog } from './audit.schema.ts';

// The audit log is append-only and grows with every write, so it is paged by its id rather than
// by page number: newest first, 50 a page, each page linking to the older ones. Stockholm has no
// demo content: 60 entries of its own besides those its admin's registration writes, and an entry
// of a neighbouring municipality that must never show.
let t: TestApp;
let admin: TestClient;
const other = 'SE-0484';
const page = `/sv/municipalities/${clean}/admin/audit`;
const api = `/api/v1/municipalities/${clean}/audit`;

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  admin = await personWith(t, 'admin@audit-paging.test', 'admin');
  const entry = { actorUserId: null, actorLabel: 'system', action: 'test.write' };
  for (let n = 1; n <= 60; n++)
    await appendAudit(t.database.db, { ...entry, municipalityId: clean, target: `post:${n}` });
  await appendAudit(t.database.db, { ...entry, municipalityId: other, target: 'post:eskilstuna' });
});
afterAll(async () => {
  await t?.close();
});

/** The municipality's entries as the database has them, newest first. */
const stored = async () =>
  t.database.db
    .select({ id: auditLog.id, target: auditLog.target })
    .from(auditLog)
    .where(eq(auditLog.municipalityId, clean))
    .orderBy(desc(auditLog.id));

/** The targets of the entries a page lists, in order, and its link to older entries. */
async function listed(path: string) {
  const response = await admin.get(path);
  expect(response.status).toBe(200);
  const html = await response.text();
  // The target is the fourth cell of each body row.
  const rows = [...html.matchAll(/<tr>((?:(?!<\/tr>)[\s\S])*<td[\s\S]*?)<\/tr>/g)].map(
    (row) => [...(row[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)][3]?.[1],
  );
  const older = /<a class="ds-link" href="([^"]+\?before=\d+)">/.exec(html)?.[1];
  return { rows, older: older?.replaceAll('&amp;', '&'), html };
}

describe('the audit page in pages', () => {
  it('shows the newest 50, then the older ones through its link, each entry once', async () => {
    const all = (await stored()).map((e) => e.target);
    const first = await listed(page);
    expect(first.rows).toEqual(all.slice(0, 50));
    expect(first.older).toBeDefined();
    const second = await listed(first.older ?? '');
    expect(second.rows).toEqual(all.slice(50));
    // The last page links to nothing older.
    expect(second.older).toBeUndefined();
  });

  it('shows the newest for a page marker that is not one', async () => {
    const newest = (await stored()).slice(0, 50).map((e) => e.target);
    for (const before of ['0', '-1', 'abc', '1.5x', '<script>', '', '9'.repeat(400)])
      expect((await listed(`${page}?before=${encodeURIComponent(before)}`)).rows, before).toEqual(
        newest,
      );
    // A marker past the newest entry starts from the newest.
    expect((await listed(`${page}?before=1000000000`)).rows).toEqual(newest);
  });

  it('shows the oldest entries for a marker at or before the oldest one', async () => {
    const all = await stored();
    const oldest = all.slice(-50).map((e) => e.target);
    for (const before of [all.at(-1)?.id ?? 0, 1]) {
      const shown = await listed(`${page}?before=${before}`);
      expect(shown.rows, String(before)).toEqual(oldest);
      expect(shown.older).toBeUndefined();
    }
  });

  it('never shows another municipality’s entries', async () => {
    const first = await listed(page);
    const second = await listed(first.older ?? '');
    expect([...first.rows, ...second.rows]).not.toContain('post:eskilstuna');
  });
});

describe('the audit API in pages', () => {
  const get = async (query: string) => {
    const response = await admin.get(`${api}${query}`);
    return {
      status: response.status,
      body: (await response.json()) as { items: { id: number; target: string }[] },
    };
  };

  it('gives the newest entries, and the older ones before an id', async () => {
    const all = await stored();
    const first = await get('?limit=20');
    expect(first.status).toBe(200);
    expect(first.body.items.map((e) => e.target)).toEqual(all.slice(0, 20).map((e) => e.target));
    const next = await get(`?limit=20&before=${first.body.items.at(-1)?.id}`);
    expect(next.body.items.map((e) => e.target)).toEqual(all.slice(20, 40).map((e) => e.target));
    const oldest = all.at(-1)?.id ?? 0;
    expect((await get(`?before=${oldest}`)).body.items).toEqual([]);
    expect((await get('')).body.items.map((e) => e.target)).not.toContain('post:eskilstuna');
  });

  it('refuses a marker or a limit out of range with a problem document', async () => {
    for (const query of [
      '?before=0',
      '?before=-1',
      '?before=abc',
      `?before=${'9'.repeat(400)}`,
      '?limit=0',
      '?limit=501',
      '?limit=100000',
    ]) {
      const response = await admin.get(`${api}${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});
