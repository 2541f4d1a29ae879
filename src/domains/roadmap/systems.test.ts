import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment, insertTestInitiative } from '../../testing/steering-fixtures.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../testing/test-app.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { roleGrants, users } from '../identity/identity.schema.ts';
import {
  capabilities,
  departmentSystems,
  initiativeSystems,
  systems,
} from '../portfolio/portfolio.schema.ts';

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

async function as(email: string) {
  const client = t.client();
  await client.login(email);
  return client;
}

const idOf = async (table: typeof capabilities | typeof systems, name: string) => {
  const [row] = await t.database.db
    .select({ id: table.id })
    .from(table)
    .where(eq(table.name, name));
  return row?.id ?? '';
};

async function counts() {
  const db = t.database.db;
  return {
    capabilities: (await db.select().from(capabilities)).length,
    systems: (await db.select().from(systems)).length,
    usage: (await db.select().from(departmentSystems)).length,
  };
}

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
      // Only admins get the catalogue's forms.
      expect(html.includes('Add capability'), role).toBe(role === 'admin');
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
    await db.insert(initiativeSystems).values([
      { initiativeId: a.id, systemId: timecare },
      { initiativeId: b.id, systemId: skola },
      { initiativeId: stopped.id, systemId: skola },
    ]);

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
    for (const email of ['resident@katrineholm.example', 'admin@asker.example']) {
      const token = await postJson(t.app, '/api/v1/auth/token', {
        email,
        password: demoPasswordForTests,
      });
      const auth = { authorization: `Bearer ${(await token.json()).token}` };
      expect(
        (await t.app.request('/api/v1/municipalities/SE-0483/systems-map', { headers: auth }))
          .status,
        email,
      ).toBe(403);
    }
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

  it('refuses bad input with a localised message and writes nothing', async () => {
    const admin = await as('admin@katrineholm.example');
    const cap = await idOf(capabilities, 'Karta Schemaläggning');
    const [foreignCap] = await t.database.db
      .insert(capabilities)
      .values({ municipalityId: 'NO-3203', name: 'Asker kapabilitet' })
      .returning();
    const [foreignSystem] = await t.database.db
      .insert(systems)
      .values({ municipalityId: 'NO-3203', name: 'Asker system' })
      .returning();
    const before = await counts();
    const bad: [string, Record<string, string>, string][] = [
      [`${base}/capabilities`, { name: '   ' }, 'Fill in this field.'],
      [`${base}/capabilities`, { name: 'x'.repeat(201) }, 'The text is too long.'],
      [
        `${base}/capabilities`,
        { name: 'karta schemaläggning' },
        'A capability with this name already exists.',
      ],
      [`${base}/capabilities/${cap}`, { name: '' }, 'Fill in this field.'],
      [
        `${base}/systems`,
        { name: 'Nytt', vendor: '', capabilityId: foreignCap?.id ?? '' },
        'Choose one of this municipality’s capabilities.',
      ],
      [
        `${base}/systems`,
        { name: 'Nytt', vendor: '', capabilityId: 'not-a-uuid' },
        'Choose one of this municipality’s capabilities.',
      ],
      [
        `${base}/systems`,
        { name: 'KARTA TIMECARE', vendor: '', capabilityId: '' },
        'A system with this name already exists.',
      ],
      [
        `${base}/systems`,
        { name: 'Nytt', vendor: 'v'.repeat(201), capabilityId: '' },
        'The text is too long.',
      ],
      [
        `${base}/system-usage`,
        {
          departmentId: d.foreign ?? '',
          systemId: await idOf(systems, 'Karta TimeCare'),
          use: 'yes',
        },
        'Choose a department and a system of this municipality.',
      ],
      [
        `${base}/system-usage`,
        { departmentId: d.care ?? '', systemId: foreignSystem?.id ?? '', use: 'yes' },
        'Choose a department and a system of this municipality.',
      ],
      [
        `${base}/system-usage`,
        { departmentId: 'x', systemId: 'y', use: 'maybe' },
        'Choose a department and a system of this municipality.',
      ],
    ];
    for (const [path, fields, message] of bad) {
      const res = await admin.postForm(path, fields);
      expect(res.status, `${path} ${JSON.stringify(fields).slice(0, 80)}`).toBe(422);
      const html = await res.text();
      expect(html, path).toContain(message);
      expect(html, path).toContain('id="error-summary"');
    }
    // Another municipality's or a malformed id in the path is not found.
    expect(
      (await admin.postForm(`${base}/capabilities/${foreignCap?.id}`, { name: 'Kapad' })).status,
    ).toBe(404);
    expect(
      (await admin.postForm(`${base}/systems/${foreignSystem?.id}`, { name: 'Kapad' })).status,
    ).toBe(404);
    expect((await admin.postForm(`${base}/systems/%27or%201=1`, { name: 'Kapad' })).status).toBe(
      404,
    );
    expect(await counts()).toEqual(before);
    // Script tags are kept as text and shown escaped.
    expect(
      (await admin.postForm(`${base}/capabilities`, { name: '<script>alert(1)</script>' })).status,
    ).toBe(303);
    const html = await (await admin.get(`${base}/systems`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renames capabilities and changes systems, audited', async () => {
    const admin = await as('admin@katrineholm.example');
    const cap = await idOf(capabilities, 'Karta Schemaläggning');
    expect(
      (await admin.postForm(`${base}/capabilities/${cap}`, { name: 'Karta Bemanning' })).status,
    ).toBe(303);
    const system = await idOf(systems, 'Karta Skola24');
    const res = await admin.postForm(`${base}/systems/${system}`, {
      name: 'Karta Skola24 v2',
      vendor: 'Ny AB',
      capabilityId: '',
    });
    expect(res.status).toBe(303);
    const [row] = await t.database.db.select().from(systems).where(eq(systems.id, system));
    expect(row).toMatchObject({ name: 'Karta Skola24 v2', vendor: 'Ny AB', capabilityId: null });
    const page = await (await admin.get(`${base}/systems?done=systemsSystemSaved`)).text();
    expect(page).toContain('The system was saved.');
    // Without a capability the two systems no longer make a silo.
    expect(page).not.toContain('Silo signal: Karta Bemanning');
    const audit = await t.database.db.select({ action: auditLog.action }).from(auditLog);
    expect(audit.some((e) => e.action === 'capability.rename')).toBe(true);
    expect(audit.some((e) => e.action === 'system.update')).toBe(true);
  });

  it('removes catalogue entries only while nothing uses them', async () => {
    const admin = await as('admin@katrineholm.example');
    const cap = await idOf(capabilities, 'Karta Bemanning');
    const used = await idOf(systems, 'Karta TimeCare');
    const before = await counts();
    const capInUse = await admin.postForm(`${base}/capabilities/${cap}/delete`, {});
    expect(capInUse.status).toBe(422);
    expect(await capInUse.text()).toContain(
      'The capability cannot be removed while a system provides it.',
    );
    const sysInUse = await admin.postForm(`${base}/systems/${used}/delete`, {});
    expect(sysInUse.status).toBe(422);
    expect(await sysInUse.text()).toContain(
      'The system cannot be removed while a department uses it',
    );
    const staff = await as('staff@katrineholm.example');
    expect((await staff.postForm(`${base}/systems/${used}/delete`, {})).status).toBe(403);
    expect((await admin.postForm(`${base}/systems/not-an-id/delete`, {})).status).toBe(404);
    expect(await counts()).toEqual(before);
    // A fresh capability and system, used by nothing, can go.
    await admin.postForm(`${base}/capabilities`, { name: 'Karta Tillfällig' });
    await admin.postForm(`${base}/systems`, {
      name: 'Karta Tillfälligt',
      vendor: '',
      capabilityId: '',
    });
    const sys = await idOf(systems, 'Karta Tillfälligt');
    const gone = await admin.postForm(`${base}/systems/${sys}/delete`, {});
    expect(gone.headers.get('location')).toContain('done=systemsSystemRemoved');
    const capGone = await admin.postForm(
      `${base}/capabilities/${await idOf(capabilities, 'Karta Tillfällig')}/delete`,
      {},
    );
    expect(capGone.status).toBe(303);
    expect(await counts()).toEqual(before);
    const audit = await t.database.db.select({ action: auditLog.action }).from(auditLog);
    expect(audit.filter((e) => e.action.endsWith('.delete')).length).toBe(2);
  });

  it('never answers 500 or reflects markup for hostile values in any field or id', async () => {
    const admin = await as('admin@katrineholm.example');
    const script = '<script>alert(1)</script>';
    const hostile = [
      '',
      script,
      "' OR '1'='1",
      'NO-3203',
      '00000000-0000-0000-0000-000000000000',
      '\u0000\u202E😀',
      'x'.repeat(5000),
    ];
    const real = {
      cap: await idOf(capabilities, 'Karta Bemanning'),
      sys: await idOf(systems, 'Karta TimeCare'),
    };
    for (const value of hostile) {
      const id = encodeURIComponent(value.slice(0, 200));
      const fields = {
        name: value,
        vendor: value,
        capabilityId: value,
        departmentId: value,
        systemId: value,
        use: value,
      };
      for (const path of [
        `${base}/capabilities`,
        `${base}/capabilities/${id}`,
        `${base}/capabilities/${real.cap}`,
        `${base}/capabilities/${id}/delete`,
        `${base}/systems`,
        `${base}/systems/${id}`,
        `${base}/systems/${real.sys}`,
        `${base}/systems/${id}/delete`,
        `${base}/system-usage`,
      ]) {
        const before = await counts();
        const res = await admin.postForm(path, fields);
        const where = `${path} ${JSON.stringify(value.slice(0, 20))}`;
        expect(res.status, where).toBeLessThan(500);
        expect(await res.text(), where).not.toContain(script);
        if (res.status >= 400) expect(await counts(), where).toEqual(before);
      }
      const page = await admin.get(`${base}/roadmap?goal=${id}&stage=${id}`);
      expect(page.status).toBeLessThan(500);
      expect(await page.text()).not.toContain(script);
    }
  });
});
