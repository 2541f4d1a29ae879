import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestBenefit, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { users } from '../../identity/identity.schema.ts';
import { benefitMeasurements } from '../../styrning/benefits/benefits.schema.ts';
import { insertTestCase, testCaseContent } from './cases.fixtures.ts';
import { caseVersions, sharedCases } from './cases.schema.ts';
import { casesPersonalData } from './personal-data.ts';

const botkyrka = 'SE-0127';
const katrineholm = 'SE-0483';
let t: TestApp;
let manager: TestClient;
let department: string;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.signedIn('manager@botkyrka.example');
  department = await departmentManagedBy(t.database.db, 'manager@botkyrka.example');
});
afterAll(async () => {
  await t?.close();
});

const form = (overrides: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries({ ...testCaseContent(), ...overrides }).map(([k, v]) => [k, String(v)]),
  );

async function initiative(isPublic = true, title = 'Nattillsyn med kamera') {
  return insertTestInitiative(t.database.db, {
    municipalityId: botkyrka,
    departmentId: department,
    title,
    isPublic,
    stage: 'pilot',
  });
}

const casesOf = (initiativeId: string) =>
  t.database.db.select().from(sharedCases).where(eq(sharedCases.initiativeId, initiativeId));

describe('publishing an initiative as a shared case', () => {
  it('publishes a public initiative, shows it to visitors and audits it', async () => {
    const i = await initiative(true, 'Kamera i hemtjänsten');
    const path = `/sv/municipalities/${botkyrka}/initiatives/${i.id}/case`;
    const page = await manager.get(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Kamera i hemtjänsten');
    const res = await manager.postForm(path, form({ title: 'Kamera i hemtjänsten' }));
    expect(res.status).toBe(303);
    const [row] = await casesOf(i.id);
    expect(row?.version).toBe(1);
    expect(res.headers.get('location')).toBe(`/sv/cases/${row?.id}?done=casePublished`);
    const shown = await (await t.client().get(`/sv/cases/${row?.id}`)).text();
    expect(shown).toContain('Kamera i hemtjänsten');
    expect(shown).toContain('Skede: Pilot');
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `case:${row?.id}`));
    expect(audits.map((a) => a.action)).toEqual(['case.publish']);
  });

  it('refuses a summary over 300 characters and a link that is not a web address, writing nothing', async () => {
    const i = await initiative();
    const path = `/en/municipalities/${botkyrka}/initiatives/${i.id}/case`;
    const long = await manager.postForm(path, form({ summary: 'x'.repeat(301) }));
    expect(long.status).toBe(422);
    expect(await long.text()).toContain('The text is too long.');
    const notUrl = await manager.postForm(path, form({ licenceUrl: 'MIT' }));
    expect(notUrl.status).toBe(422);
    expect(await notUrl.text()).toContain('Enter a web address starting with https://.');
    const script = await manager.postForm(path, form({ sourceUrl: 'javascript:alert(1)' }));
    expect(script.status).toBe(422);
    const domain = await manager.postForm(path, form({ serviceDomain: 'astrology' }));
    expect(domain.status).toBe(422);
    expect(await domain.text()).toContain('Choose a service from the list.');
    expect(await casesOf(i.id)).toEqual([]);
  });

  it('publishes exactly 300 characters of summary', async () => {
    const i = await initiative();
    const res = await manager.postForm(
      `/en/municipalities/${botkyrka}/initiatives/${i.id}/case`,
      form({ summary: 'å'.repeat(300) }),
    );
    expect(res.status).toBe(303);
  });

  it('shares only public initiatives', async () => {
    const i = await initiative(false);
    const res = await manager.postForm(
      `/en/municipalities/${botkyrka}/initiatives/${i.id}/case`,
      form(),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Only a public initiative can be shared.');
    expect(await casesOf(i.id)).toEqual([]);
  });

  it("refuses another municipality's initiative, under either municipality's address", async () => {
    const i = await initiative();
    const other = await t.signedIn('manager@katrineholm.example');
    const foreignPath = await other.postForm(
      `/en/municipalities/${botkyrka}/initiatives/${i.id}/case`,
      form(),
    );
    expect(foreignPath.status).toBe(403);
    const ownPath = await (await t.signedIn('admin@katrineholm.example')).postForm(
      `/en/municipalities/${katrineholm}/initiatives/${i.id}/case`,
      form(),
    );
    expect(ownPath.status).toBe(404);
    const staff = await (await t.signedIn('staff@botkyrka.example')).postForm(
      `/en/municipalities/${botkyrka}/initiatives/${i.id}/case`,
      form(),
    );
    expect(staff.status).toBe(403);
    expect(await casesOf(i.id)).toEqual([]);
  });

  it('keeps every version, and withdrawing marks the case without removing it', async () => {
    const i = await initiative();
    const path = `/en/municipalities/${botkyrka}/initiatives/${i.id}/case`;
    await manager.postForm(path, form({ title: 'Första versionen' }));
    const update = await manager.postForm(path, form({ title: 'Andra versionen' }));
    expect(update.headers.get('location')).toContain('done=caseUpdated');
    const [row] = await casesOf(i.id);
    expect(row?.version).toBe(2);
    const versions = await t.database.db
      .select()
      .from(caseVersions)
      .where(eq(caseVersions.caseId, row?.id ?? ''));
    expect(versions.map((v) => [v.version, v.content.title]).sort()).toEqual([
      [1, 'Första versionen'],
      [2, 'Andra versionen'],
    ]);
    const withdrawn = await manager.postForm(`${path}/withdraw`, {});
    expect(withdrawn.status).toBe(303);
    const page = await (await t.client().get(`/en/cases/${row?.id}`)).text();
    expect(page).toContain('Withdrawn');
    expect(page).toContain('Andra versionen');
    const again = await manager.postForm(`${path}/withdraw`, {});
    expect(again.status).toBe(409);
  });

  it('marks a case not updated for twelve months as stale', async () => {
    const i = await initiative();
    const old = await t.announced(() =>
      insertTestCase(t.database.db, {
        municipalityId: botkyrka,
        initiativeId: i.id,
        at: new Date(Date.now() - 400 * 86_400_000),
      }),
    );
    const page = await (await t.client().get(`/en/cases/${old.id}`)).text();
    expect(page).toContain('Not updated for over a year.');
  });

  it("never shows a case's non-public initiative: no stage, no benefits, not in the page nor the API", async () => {
    const i = await initiative(false, 'Ugglekvällar i biblioteket');
    const benefit = await insertTestBenefit(t.database.db, {
      initiativeId: i.id,
      description: 'hemlig-nytta',
    });
    const hidden = await t.announced(async () => {
      // A measurement of the non-public initiative: it must not count as a realised benefit.
      await t.database.db
        .insert(benefitMeasurements)
        .values({ benefitId: benefit.id, value: 20, measuredOn: '2026-06-01' });
      return insertTestCase(t.database.db, {
        municipalityId: botkyrka,
        initiativeId: i.id,
        title: 'Ugglekvällar i biblioteket',
      });
    });
    const page = await (await t.client().get(`/en/cases/${hidden.id}`)).text();
    expect(page).toContain('Ugglekvällar i biblioteket');
    expect(page).not.toContain('hemlig-nytta');
    expect(page).not.toContain('Stage:');

    // The search page: found, without its stage, counted among those with no measured benefits.
    const found = await (await t.client().get('/en/cases?q=ugglekvällar')).text();
    expect(found).toContain('role="status">1 case</p>');
    expect(found).toContain('No measured benefits yet (1)');
    expect(found).not.toContain('Has measured benefits');
    expect(found).not.toContain('Pilot');

    // The API: the case and the list say nothing of the stage, and the filters never reveal it.
    const detail = await (await t.client().get(`/api/v1/cases/${hidden.id}`)).json();
    expect(detail.stage).toBeNull();
    expect(JSON.stringify(detail)).not.toContain('hemlig-nytta');
    const listed = await (await t.client().get('/api/v1/cases?q=ugglekv%C3%A4llar')).json();
    expect(listed.items.map((c: { id: string; stage: unknown }) => [c.id, c.stage])).toEqual([
      [hidden.id, null],
    ]);
    const total = async (filter: string) =>
      (await (await t.client().get(`/api/v1/cases?q=ugglekv%C3%A4llar&${filter}`)).json()).total;
    expect(await total('stage=pilot')).toBe(0);
    expect(await total('realised=yes')).toBe(0);
    expect(await total('realised=no')).toBe(1);
  });

  it('answers 404 for a case that does not exist or an address that is not an id', async () => {
    expect((await t.client().get('/en/cases/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    expect((await t.client().get('/en/cases/not-a-case')).status).toBe(404);
  });

  it('gives a person the cases they published, and forgets who published them, keeping the cases', async () => {
    const i = await initiative(true, 'Glömd utgivare');
    await manager.postForm(`/en/municipalities/${botkyrka}/initiatives/${i.id}/case`, form());
    const [person] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'manager@botkyrka.example'));
    const ctx = { db: t.database.db, now: () => new Date() };
    const who = { userId: person?.id ?? '', email: person?.email ?? '' };
    const exported = (await casesPersonalData.export(ctx, who)) as { published: { id: string }[] };
    const [row] = await casesOf(i.id);
    expect(exported.published.map((p) => p.id)).toContain(row?.id);
    await casesPersonalData.forget(ctx, who);
    const [after] = await casesOf(i.id);
    expect(after?.publishedBy).toBeNull();
    expect(after?.status).toBe('published');
  });
});
