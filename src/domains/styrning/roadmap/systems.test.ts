import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { roleGrants, users } from '../../identity/identity.schema.ts';
import { capabilities, initiativeSystems, systems } from '../portfolio/portfolio.schema.ts';
import { systemsTestKit } from './systems.test-kit.ts';

let t: TestApp;
const base = '/en/municipalities/SE-0483';
const d: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  d.care = (await insertTestDepartment(db, 'SE-0483', 'Karta Omsorg')).id;
  d.school = (await insertTestDepartment(db, 'SE-0483', 'Karta Skola')).id;
  d.foreign = (await insertTestDepartment(db, 'NO-3203', 'Kart Asker')).id;
  const [manager] = await db
    .select({ departmentId: roleGrants.departmentId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(users.email, 'manager@katrineholm.example'), eq(roleGrants.role, 'manager')));
  d.managed = manager?.departmentId ?? '';
});
afterAll(async () => {
  await t?.close();
});

const { as, idOf, counts } = systemsTestKit(() => t);

describe('systems map access', () => {
  it('is for staff, managers, politicians and admins of the municipality only', async () => {
    const anonymous = await t.client().get(`${base}/systems`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/login');
    expect((await (await as('resident@katrineholm.example')).get(`${base}/systems`)).status).toBe(
      403,
    );
    expect((await (await as('admin@asker.example')).get(`${base}/systems`)).status).toBe(403);
    for (const role of ['staff', 'manager', 'politician', 'admin']) {
      const res = await (await as(`${role}@katrineholm.example`)).get(`${base}/systems`);
      expect(res.status, role).toBe(200);
      const html = await res.text();
      // The catalogue is changed on a page of its own; only admins are shown the way there.
      expect(html, role).not.toContain('Add capability');
      expect(html.includes(`href="${base}/systems/catalogue"`), role).toBe(role === 'admin');
    }
  });

  it('lets only admins change the catalogue', async () => {
    const before = await counts();
    for (const email of [
      'staff@katrineholm.example',
      'manager@katrineholm.example',
      'politician@katrineholm.example',
      'admin@asker.example',
    ]) {
      const client = await as(email);
      expect(
        (await client.postForm(`${base}/capabilities`, { name: 'Otillåten' })).status,
        email,
      ).toBe(403);
      expect(
        (
          await client.postForm(`${base}/systems`, {
            name: 'Otillåtet',
            vendor: '',
            capabilityId: '',
          })
        ).status,
        email,
      ).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('systems map', () => {
  it('flags overlapping initiatives and silos, and draws the matrix', async () => {
    const admin = await as('admin@katrineholm.example');
    expect(
      (await admin.postForm(`${base}/capabilities`, { name: 'Karta Schemaläggning' })).status,
    ).toBe(303);
    const cap = await idOf(capabilities, 'Karta Schemaläggning');
    for (const name of ['Karta TimeCare', 'Karta Skola24']) {
      const res = await admin.postForm(`${base}/systems`, {
        name,
        vendor: 'Leverantör AB',
        capabilityId: cap,
      });
      expect(res.status, name).toBe(303);
      expect(res.headers.get('location')).toContain('done=systemsSystemAdded');
    }
    const timecare = await idOf(systems, 'Karta TimeCare');
    const skola = await idOf(systems, 'Karta Skola24');
    for (const [department, system] of [
      [d.care, timecare],
      [d.school, skola],
    ]) {
      const res = await admin.postForm(`${base}/system-usage`, {
        departmentId: department ?? '',
        systemId: system ?? '',
        use: 'yes',
      });
      expect(res.status).toBe(303);
    }
    const db = t.database.db;
    const a = await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: d.care ?? '',
      title: 'Karta Hemtjänstschema',
    });
    const b = await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: d.school ?? '',
      title: 'Karta Lärarschema',
    });
    const stopped = await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: d.school ?? '',
      title: 'Karta Stoppad',
      stage: 'stopped',
    });
    await t.announced(() =>
      db.insert(initiativeSystems).values([
        { initiativeId: a.id, systemId: timecare },
        { initiativeId: b.id, systemId: skola },
        { initiativeId: stopped.id, systemId: skola },
      ]),
    );

    const html = await (await admin.get(`${base}/systems`)).text();
    expect(html).toContain('Overlap: Karta Schemaläggning');
    expect(html).toContain(
      'Suggestion: join forces. Karta Omsorg and Karta Skola each have initiatives touching Karta Schemaläggning',
    );
    expect(html).toContain(`/initiatives/${a.id}`);
    expect(html).not.toContain('Karta Stoppad');
    expect(html).toContain('Silo signal: Karta Schemaläggning');
    expect(html).toMatch(
      /<th scope="col">Karta Schemaläggning<span class="silo-flag"> \(silo signal\)<\/span><\/th>/,
    );
    expect(html).toMatch(
      /<th scope="row">Karta Omsorg<\/th>(<td>[^<]*(<span class="muted">none<\/span>)?<\/td>)*?<td>Karta TimeCare<\/td>/,
    );

    const token = await postJson(t.app, '/api/v1/auth/token', {
      email: 'staff@katrineholm.example',
      password: demoPasswordForTests,
    });
    const auth = { authorization: `Bearer ${(await token.json()).token}` };
    const map = await (
      await t.app.request('/api/v1/municipalities/SE-0483/systems-map', { headers: auth })
    ).json();
    const overlap = map.overlaps.find(
      (o: { capability: { id: string } }) => o.capability.id === cap,
    );
    expect(overlap.departments.map((x: { name: string }) => x.name)).toEqual([
      'Karta Omsorg',
      'Karta Skola',
    ]);
    expect(overlap.initiatives.map((x: { title: string }) => x.title)).toEqual([
      'Karta Hemtjänstschema',
      'Karta Lärarschema',
    ]);
    expect(map.silos.some((s: { capability: { id: string } }) => s.capability.id === cap)).toBe(
      true,
    );
    expect(map.usage).toEqual(
      expect.arrayContaining([{ departmentId: d.care, systemId: timecare }]),
    );

    const audit = await db.select({ action: auditLog.action }).from(auditLog);
    for (const action of ['capability.create', 'system.create', 'system-usage.add']) {
      expect(
        audit.some((e) => e.action === action),
        action,
      ).toBe(true);
    }
  });

  it('answers the API with 401 without a token and 403 for a resident or another municipality', async () => {
    expect((await t.app.request('/api/v1/municipalities/SE-0483/systems-map')).status).toBe(401);
    // Residents get no API token; signed in, their session is refused the same way.
    const resident = await as('resident@katrineholm.example');
    expect((await resident.get('/api/v1/municipalities/SE-0483/systems-map')).status).toBe(403);
    const token = await postJson(t.app, '/api/v1/auth/token', {
      email: 'admin@asker.example',
      password: demoPasswordForTests,
    });
    const auth = { authorization: `Bearer ${(await token.json()).token}` };
    expect(
      (await t.app.request('/api/v1/municipalities/SE-0483/systems-map', { headers: auth })).status,
    ).toBe(403);
    expect((await t.app.request('/api/v1/municipalities/SE-0000/systems-map')).status).toBe(404);
  });

  it('lets managers mark usage for their own department only', async () => {
    const manager = await as('manager@katrineholm.example');
    const system = await idOf(systems, 'Karta TimeCare');
    const own = await manager.postForm(`${base}/system-usage`, {
      departmentId: d.managed ?? '',
      systemId: system,
      use: 'yes',
    });
    expect(own.status).toBe(303);
    const other = await manager.postForm(`${base}/system-usage`, {
      departmentId: d.school ?? '',
      systemId: system,
      use: 'yes',
    });
    expect(other.status).toBe(403);
    const html = await (await manager.get(`${base}/systems`)).text();
    // Toggles only in the manager's own department column.
    expect(html).toContain(`value="${d.managed}"`);
    expect(html).not.toContain(`name="departmentId" value="${d.school}"`);
    const off = await manager.postForm(`${base}/system-usage`, {
      departmentId: d.managed ?? '',
      systemId: system,
      use: 'no',
    });
    expect(off.status).toBe(303);
  });
});
