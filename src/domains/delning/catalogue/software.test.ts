import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { sharedCases } from '../cases/cases.schema.ts';
import { insertCatalogueCase, validPubliccode } from './catalogue.fixtures.ts';
import { caseSoftware } from './catalogue.schema.ts';

const botkyrka = 'SE-0127';
let t: TestApp;
let admin: TestClient;
let withSource: { id: string; initiativeId: string };
let withoutSource: { id: string; initiativeId: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  withSource = await insertCatalogueCase(db, {
    municipalityId: botkyrka,
    at: '2026-03-01 10:00:00+00',
    title: 'Nattillsyn med öppen källkod',
    sourceUrl: 'https://code.example/nattillsyn',
  });
  withoutSource = await insertCatalogueCase(db, {
    municipalityId: botkyrka,
    at: '2026-03-01 11:00:00+00',
  });
  admin = await t.signedIn('admin@botkyrka.example');
});
afterAll(async () => {
  await t?.close();
});

const path = (c: { initiativeId: string }, lang = 'en') =>
  `/${lang}/municipalities/${botkyrka}/initiatives/${c.initiativeId}/case/software`;

async function send(
  client: TestClient,
  c: { initiativeId: string },
  fields: { text?: string; file?: { body: string | Uint8Array; name: string } },
  lang = 'en',
) {
  const form = new FormData();
  form.set('_csrf', await client.csrfToken());
  form.set('publiccode', fields.text ?? '');
  if (fields.file) {
    const bytes =
      typeof fields.file.body === 'string' ? Buffer.from(fields.file.body) : fields.file.body;
    form.set(
      'publiccodeFile',
      new Blob([Buffer.from(bytes)], { type: 'application/yaml' }),
      fields.file.name,
    );
  }
  return client.request(path(c, lang), { method: 'POST', body: form });
}

const stored = async (caseId: string) =>
  (await t.database.db.select().from(caseSoftware).where(eq(caseSoftware.caseId, caseId)))[0];
const audits = async () =>
  (await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'publiccode.save')))
    .length;

describe('reading a case’s publiccode.yml', () => {
  it('refuses malformed YAML and wrong types in the page’s language, storing nothing', async () => {
    const before = await audits();
    const broken = await send(admin, withSource, { text: 'name: [oops\n  - x' }, 'sv');
    expect(broken.status).toBe(422);
    const page = await broken.text();
    expect(page).toContain('Filen gick inte att läsa som YAML (rad 2)');
    expect(page).toContain('id="error-summary"');
    expect(page).toContain('aria-describedby="hint-publiccode error-publiccode"');
    const wrongType = await send(
      admin,
      withSource,
      {
        text: validPubliccode.replace('type: community', 'type: [community]'),
      },
      'nb',
    );
    expect(wrongType.status).toBe(422);
    expect(await wrongType.text()).toContain(
      'maintenance.type skal være internal, contract, community eller none.',
    );
    const empty = await send(admin, withSource, { text: '   ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain(
      'Paste the contents of publiccode.yml or choose the file.',
    );
    const tooLarge = await send(admin, withSource, {
      file: { body: `name: x\n#${'a'.repeat(70_000)}\n`, name: 'publiccode.yml' },
    });
    expect(tooLarge.status).toBe(422);
    expect(await tooLarge.text()).toContain('larger than 64 kB');
    const notUtf8 = await send(admin, withSource, {
      file: { body: new Uint8Array([0x6e, 0x61, 0xff, 0xfe]), name: 'publiccode.yml' },
    });
    expect(notUtf8.status).toBe(422);
    expect(await notUtf8.text()).toContain('The file is not UTF-8 text.');
    expect(await stored(withSource.id)).toBeUndefined();
    expect(await audits()).toBe(before);
  });

  it('keeps what a pasted file says and shows it on the case, audited', async () => {
    const before = await audits();
    const res = await send(admin, withSource, { text: validPubliccode });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/en/cases/${withSource.id}?done=publiccodeSaved`);
    expect((await stored(withSource.id))?.summary).toMatchObject({
      name: 'Nattillsyn',
      softwareVersion: '1.0',
      licence: 'EUPL-1.2 OR MIT',
      maintenanceType: 'community',
    });
    expect(await audits()).toBe(before + 1);
    const page = await (await t.client().get(`/sv/cases/${withSource.id}`)).text();
    expect(page).toContain('Om programvaran');
    expect(page).toContain('<dd>Nattillsyn</dd>');
    // In the page's own language, so not marked as another.
    expect(page).toContain('<dd>Digital tillsyn på natten efter samtycke</dd>');
    expect(page).toContain('<dd>EUPL-1.2 OR MIT</dd>');
    expect(page).toContain('<dd>Av en öppen utvecklargemenskap</dd>');
    expect(page).toContain('<dd>web, android</dd>');
    const english = await (await t.client().get(`/en/cases/${withSource.id}`)).text();
    expect(english).toContain('<dd>Digital night-time supervision with consent</dd>');
    const api = await (await t.client().get(`/api/v1/cases/${withSource.id}`)).json();
    expect(api.software).toMatchObject({
      name: 'Nattillsyn',
      softwareVersion: '1.0',
      licence: 'EUPL-1.2 OR MIT',
      maintenanceType: 'community',
      platforms: ['web', 'android'],
    });
    expect(api.software.descriptions.en).toBe('Digital night-time supervision with consent');
    expect(Date.parse(api.software.readAt)).not.toBeNaN();
  });

  it('reads an uploaded file in place of the one read before', async () => {
    const res = await send(admin, withSource, {
      file: {
        body: validPubliccode.replace('type: community', 'type: contract'),
        name: 'publiccode.yml',
      },
    });
    expect(res.status).toBe(303);
    expect((await stored(withSource.id))?.summary.maintenanceType).toBe('contract');
    const page = await (await t.client().get(`/en/cases/${withSource.id}`)).text();
    expect(page).toContain('<dd>By a supplier under contract</dd>');
  });

  it('offers nothing to read for a case without source code', async () => {
    const page = await admin.get(path(withoutSource));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('The case does not link any source code.');
    expect(html).not.toContain('name="publiccode"');
    const api = await (await t.client().get(`/api/v1/cases/${withoutSource.id}`)).json();
    expect(api.software).toBeNull();
    const res = await send(admin, withoutSource, { text: validPubliccode });
    expect(res.status).toBe(422);
    expect(await stored(withoutSource.id)).toBeUndefined();
  });

  it('is for those who may publish the case only', async () => {
    const visitor = await t.client().get(path(withSource));
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toContain('/login');
    const asker = await t.signedIn('admin@asker.example');
    expect((await asker.get(path(withSource))).status).toBe(403);
    expect((await send(asker, withSource, { text: validPubliccode })).status).toBe(403);
    const resident = await t.signedIn('resident@botkyrka.example');
    expect((await resident.get(path(withSource))).status).toBe(403);
    // Those who may see the case page but not publish it get no link to the form.
    const page = await (await t.client().get(`/en/cases/${withSource.id}`)).text();
    expect(page).not.toContain('/case/software');
    const own = await (await admin.get(`/en/cases/${withSource.id}`)).text();
    expect(own).toContain(path(withSource));
  });

  it('shows no software once the case no longer links its source code', async () => {
    const url = `/sv/cases/${withSource.id}`;
    expect(await (await t.client().get(url)).text()).toContain('Om programvaran');
    // Announced like any write, so the kept case page is forgotten on a server too.
    await t.announced(() =>
      t.database.db
        .update(sharedCases)
        .set({ sourceUrl: '' })
        .where(eq(sharedCases.id, withSource.id)),
    );
    const page = await (await t.client().get(url)).text();
    expect(page).toContain('<h1');
    expect(page).not.toContain('Om programvaran');
    expect(page).not.toContain('<dd>Nattillsyn</dd>');
  });
});
