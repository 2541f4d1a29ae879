import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { capabilities, departmentSystems, systems } from '../portfolio/portfolio.schema.ts';
import { systemsTestKit } from './systems.test-kit.ts';

let t: TestApp;
const base = '/en/municipalities/SE-0483';
const d: Record<string, string> = {};

// A small catalogue of Katrineholm's own: one capability, two systems for it, one in use.
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  d.care = (await insertTestDepartment(db, 'SE-0483', 'Karta Omsorg')).id;
  d.foreign = (await insertTestDepartment(db, 'NO-3203', 'Kart Asker')).id;
  const [cap] = await db
    .insert(capabilities)
    .values({ municipalityId: 'SE-0483', name: 'Karta Schemaläggning' })
    .returning();
  const made = await db
    .insert(systems)
    .values(
      ['Karta TimeCare', 'Karta Skola24'].map((name) => ({
        municipalityId: 'SE-0483',
        name,
        capabilityId: cap?.id ?? null,
      })),
    )
    .returning();
  const timecare = made.find((s) => s.name === 'Karta TimeCare');
  await db.insert(departmentSystems).values({ departmentId: d.care, systemId: timecare?.id ?? '' });
});
afterAll(async () => {
  await t?.close();
});

const { as, idOf, counts } = systemsTestKit(() => t);

describe('systems catalogue input', () => {
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
    // Back to the catalogue, where the edit was made.
    expect(res.headers.get('location')).toBe(`${base}/systems/catalogue?done=systemsSystemSaved`);
    const [row] = await t.database.db.select().from(systems).where(eq(systems.id, system));
    expect(row).toMatchObject({ name: 'Karta Skola24 v2', vendor: 'Ny AB', capabilityId: null });
    const page = await (
      await admin.get(`${base}/systems/catalogue?done=systemsSystemSaved`)
    ).text();
    expect(page).toContain('The system was saved.');
    expect(page).toContain('value="Karta Bemanning"');
    const map = await (await admin.get(`${base}/systems`)).text();
    expect(map).toMatch(
      /<th scope="row"[^>]*>Karta Skola24 v2<\/th><td[^>]*>Ny AB<\/td><td[^>]*>No capability<\/td>/,
    );
    const audit = await t.database.db.select({ action: auditLog.action }).from(auditLog);
    expect(audit.some((e) => e.action === 'capability.rename')).toBe(true);
    expect(audit.some((e) => e.action === 'system.update')).toBe(true);
  });

  it('removes catalogue entries only while nothing uses them', async () => {
    const admin = await as('admin@katrineholm.example');
    const cap = await idOf(capabilities, 'Karta Bemanning');
    const used = await idOf(systems, 'Karta TimeCare');
    const before = await counts();
    const confirmed = { confirm: 'yes' };
    const capInUse = await admin.postForm(`${base}/capabilities/${cap}/delete`, confirmed);
    expect(capInUse.status).toBe(422);
    expect(await capInUse.text()).toContain(
      'The capability cannot be removed while a system provides it.',
    );
    const sysInUse = await admin.postForm(`${base}/systems/${used}/delete`, confirmed);
    expect(sysInUse.status).toBe(422);
    expect(await sysInUse.text()).toContain(
      'The system cannot be removed while a department uses it',
    );
    const staff = await as('staff@katrineholm.example');
    expect((await staff.postForm(`${base}/systems/${used}/delete`, confirmed)).status).toBe(403);
    expect((await admin.postForm(`${base}/systems/not-an-id/delete`, confirmed)).status).toBe(404);
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
    const gone = await admin.postForm(`${base}/systems/${sys}/delete`, confirmed);
    expect(gone.headers.get('location')).toBe(
      `${base}/systems/catalogue?done=systemsSystemRemoved`,
    );
    const capGone = await admin.postForm(
      `${base}/capabilities/${await idOf(capabilities, 'Karta Tillfällig')}/delete`,
      confirmed,
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
