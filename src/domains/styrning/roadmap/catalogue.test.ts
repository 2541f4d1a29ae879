import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import {
  capabilities,
  departmentSystems,
  initiativeSystems,
  systems,
} from '../portfolio/portfolio.schema.ts';
import { systemsTestKit } from './systems.test-kit.ts';

let t: TestApp;
const base = '/en/municipalities/SE-0483';
const catalogue = `${base}/systems/catalogue`;
const ids: Record<string, string> = {};

// Katrineholm's catalogue: a capability provided by a system in use (by a department and an
// initiative), a system nothing uses, and a capability nothing provides.
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const care = await insertTestDepartment(db, 'SE-0483', 'Katalog Omsorg');
  const [used, free] = await db
    .insert(capabilities)
    .values([
      { municipalityId: 'SE-0483', name: 'Katalog Schemaläggning' },
      { municipalityId: 'SE-0483', name: 'Katalog Ledig förmåga' },
    ])
    .returning();
  const [inUse, unused] = await db
    .insert(systems)
    .values([
      { municipalityId: 'SE-0483', name: 'Katalog TimeCare', capabilityId: used?.id ?? null },
      { municipalityId: 'SE-0483', name: 'Katalog Oanvänt', vendor: 'Ingen AB' },
    ])
    .returning();
  const initiative = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId: care.id,
    title: 'Katalog Nattschema',
  });
  await db.insert(departmentSystems).values({ departmentId: care.id, systemId: inUse?.id ?? '' });
  await db
    .insert(initiativeSystems)
    .values({ initiativeId: initiative.id, systemId: inUse?.id ?? '' });
  Object.assign(ids, {
    usedCap: used?.id,
    freeCap: free?.id,
    inUse: inUse?.id,
    unused: unused?.id,
  });
});
afterAll(async () => {
  await t?.close();
});

const { as, counts } = systemsTestKit(() => t);
const deleteForm = (path: string) =>
  new RegExp(`<form method="post" action="${base}/${path}/delete"`);

describe('catalogue page', () => {
  it('is for the municipality’s admins only', async () => {
    const anonymous = await t.client().get(catalogue);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/login');
    for (const email of [
      'resident@katrineholm.example',
      'staff@katrineholm.example',
      'manager@katrineholm.example',
      'politician@katrineholm.example',
      'admin@asker.example',
    ]) {
      expect((await (await as(email)).get(catalogue)).status, email).toBe(403);
    }
    const res = await (await as('admin@katrineholm.example')).get(catalogue);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const text of ['Add capability', 'Add system', 'Rename “Katalog Schemaläggning”']) {
      expect(html).toContain(text);
    }
    expect((await t.client().get('/en/municipalities/SE-0000/systems/catalogue')).status).toBe(404);
  });

  it('says before a removal what would be removed and what depends on it', async () => {
    const html = await (await (await as('admin@katrineholm.example')).get(catalogue)).text();
    // Nothing depends on these two: each has its confirming form, which says confirm=yes.
    expect(html).toMatch(deleteForm(`systems/${ids.unused}`));
    expect(html).toMatch(deleteForm(`capabilities/${ids.freeCap}`));
    expect(html).toContain('This removes the system “Katalog Oanvänt” from the catalogue.');
    expect(html).toContain('Yes, remove “Katalog Oanvänt”');
    expect(html.match(/name="confirm" value="yes"/g)?.length).toBe(2);
    // The system in use names its department and initiative, and offers no removal.
    expect(html).not.toMatch(deleteForm(`systems/${ids.inUse}`));
    expect(html).toContain('“Katalog TimeCare” cannot be removed while it is in use.');
    expect(html).toContain('Used by: Katalog Omsorg');
    expect(html).toContain('Initiatives that touch it: Katalog Nattschema');
    // The capability names the system that provides it.
    expect(html).not.toMatch(deleteForm(`capabilities/${ids.usedCap}`));
    expect(html).toMatch(
      /“Katalog Schemaläggning” cannot be removed while these systems provide it\.[^<]*<\/p><ul class="ds-list"><li>Katalog TimeCare<\/li>/,
    );
  });

  it('removes an entry only on the confirmed request, and asks first otherwise', async () => {
    const admin = await as('admin@katrineholm.example');
    const before = await counts();
    const unconfirmed = await admin.postForm(`${base}/systems/${ids.unused}/delete`, {});
    expect(unconfirmed.status).toBe(200);
    const page = await unconfirmed.text();
    expect(page).toContain('<h1 class="ds-heading" data-size="lg">Remove “Katalog Oanvänt”?</h1>');
    expect(page).toMatch(deleteForm(`systems/${ids.unused}`));
    expect(page).toContain(`href="${catalogue}"`);
    // Anything but "yes" is not a confirmation.
    const maybe = await admin.postForm(`${base}/systems/${ids.unused}/delete`, { confirm: 'YES' });
    expect(maybe.status).toBe(200);
    expect(await counts()).toEqual(before);
    // Someone who may not change the catalogue gets no confirmation page either.
    const staff = await as('staff@katrineholm.example');
    expect((await staff.postForm(`${base}/systems/${ids.unused}/delete`, {})).status).toBe(403);
    expect(
      (await staff.postForm(`${base}/systems/${ids.unused}/delete`, { confirm: 'yes' })).status,
    ).toBe(403);
    expect(await counts()).toEqual(before);

    const removed = await admin.postForm(`${base}/systems/${ids.unused}/delete`, {
      confirm: 'yes',
    });
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe(`${catalogue}?done=systemsSystemRemoved`);
    expect(await counts()).toEqual({ ...before, systems: before.systems - 1 });
    const after = await (await admin.get(`${catalogue}?done=systemsSystemRemoved`)).text();
    expect(after).toContain('The system was removed.');
    expect(after).not.toContain('Katalog Oanvänt');

    // A capability in use: the confirmation page explains and offers no button.
    const blocked = await admin.postForm(`${base}/capabilities/${ids.usedCap}/delete`, {});
    expect(blocked.status).toBe(200);
    const blockedPage = await blocked.text();
    expect(blockedPage).toContain('cannot be removed while these systems provide it');
    expect(blockedPage).not.toMatch(deleteForm(`capabilities/${ids.usedCap}`));
    expect(await counts()).toEqual({ ...before, systems: before.systems - 1 });
  });

  it('puts the matrix first on the systems map, then the signals', async () => {
    const html = await (
      await (await as('manager@katrineholm.example')).get(`${base}/systems`)
    ).text();
    const at = (id: string) => html.indexOf(`id="${id}"`);
    expect(at('matrix')).toBeGreaterThan(0);
    expect(at('matrix')).toBeLessThan(at('signals'));
    expect(at('signals')).toBeLessThan(at('usage'));
    expect(at('usage')).toBeLessThan(at('catalogue'));
    expect(html).toContain('data-layout="matrix"');
  });
});
