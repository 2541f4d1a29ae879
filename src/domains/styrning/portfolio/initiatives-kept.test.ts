import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { testDatabaseKind } from '../../../testing/test-database.ts';
import { initiatives } from './portfolio.schema.ts';

// The initiatives list and the initiative page are drawn from memory (db/read-models.ts, and
// whole pages for visitors, web/visitor-pages.ts) until an initiative changes. To show that a kept
// page costs no query, a title is changed while the table's content trigger is off: the database
// then holds the new title, and what is served still shows the old one.
let t: TestApp;
const m = 'SE-0483';
const base = `/sv/municipalities/${m}/initiatives`;
let list = '';
let publicId = '';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  // Katrineholm's demo initiatives are in other departments: this list shows these two only.
  const dept = await insertTestDepartment(db, m, 'Cacheförvaltningen');
  list = `${base}?department=${dept.id}`;
  publicId = (
    await insertTestInitiative(db, {
      municipalityId: m,
      departmentId: dept.id,
      title: 'Öppen satsning',
      isPublic: true,
    })
  ).id;
  await insertTestInitiative(db, {
    municipalityId: m,
    departmentId: dept.id,
    title: 'Intern satsning',
    isPublic: false,
  });
  await t.services.readModels.whenAttached();
  await t.services.visitorPages.whenAttached();
  await t.services.signedInPages.whenAttached();
});
afterAll(async () => {
  await t?.close();
});

const setting = (title: string) =>
  t.database.db.update(initiatives).set({ title }).where(eq(initiatives.id, publicId));

/** Renames the public initiative without announcing it, as a write bypassing the triggers would. */
async function renameUnannounced(title: string) {
  const trigger = sql.raw('initiatives_content_changed');
  await t.database.db.execute(sql`alter table initiatives disable trigger ${trigger}`);
  try {
    await setting(title);
  } finally {
    await t.database.db.execute(sql`alter table initiatives enable trigger ${trigger}`);
  }
}

/** Renames it the ordinary way and waits until every process would have heard of it. */
async function renameAnnounced(title: string) {
  const kept = [t.services.readModels, t.services.visitorPages, t.services.signedInPages];
  const before = kept.map((cache) => cache.forgotten);
  await setting(title);
  if (testDatabaseKind() === 'pglite') {
    for (const [i, cache] of kept.entries())
      expect(cache.forgotten).toBeGreaterThan(before[i] ?? 0);
  }
  await Promise.all(kept.map((cache, i) => cache.whenForgottenPast(before[i] ?? 0)));
}

async function text(client: Awaited<ReturnType<TestApp['signedIn']>>, path: string) {
  const res = await client.get(path);
  expect(res.status).toBe(200);
  return res.text();
}

describe('initiatives kept in memory', () => {
  it('serve a visitor the kept page without asking the database, until an initiative changes', async () => {
    const visitor = t.client();
    const first = await text(visitor, list);
    expect(first).toContain('Öppen satsning');
    expect(first).not.toContain('Intern satsning');
    const detail = `${base}/${publicId}`;
    expect(await text(visitor, detail)).toContain('Öppen satsning');

    await renameUnannounced('Ändrad i smyg');
    expect(await text(visitor, list)).toBe(first);
    expect(await text(visitor, detail)).toContain('Öppen satsning');
    const [row] = await t.database.db
      .select({ title: initiatives.title })
      .from(initiatives)
      .where(eq(initiatives.id, publicId));
    expect(row?.title).toBe('Ändrad i smyg');

    await renameAnnounced('Ändrad öppet');
    const after = await text(visitor, list);
    expect(after).toContain('Ändrad öppet');
    expect(after).not.toContain('Öppen satsning');
    expect(await text(visitor, detail)).toContain('Ändrad öppet');
  });

  it('draw a signed-in page every time, from the same rows, showing what the actor may see', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    const visitor = t.client();
    await renameAnnounced('Synlig för alla');
    const seen = await text(staff, list);
    expect(seen).toContain('Synlig för alla');
    expect(seen).toContain('Intern satsning');
    expect(await text(visitor, list)).not.toContain('Intern satsning');

    // The rows are kept (no query), but the page is drawn for the signed-in user on each visit.
    await renameUnannounced('Osynligt namnbyte');
    const again = await text(staff, list);
    expect(again).toContain('Synlig för alla');
    expect(again).toContain('name="_csrf"');
    await renameAnnounced('Synligt namnbyte');
    expect(await text(staff, list)).toContain('Synligt namnbyte');
  });

  it('search asks the database every time', async () => {
    const visitor = t.client();
    await renameAnnounced('Gatlyktor som larmar');
    expect(await text(visitor, `${list}&q=gatlyktor`)).toContain('Gatlyktor som larmar');
    await renameUnannounced('Gatlyktor som tystnat');
    // Signed in, the same search is drawn again and finds what the database holds now.
    const staff = await t.signedIn('staff@katrineholm.example');
    expect(await text(staff, `${list}&q=gatlyktor`)).toContain('Gatlyktor som tystnat');
  });
});
