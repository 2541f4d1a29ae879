import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { adoptTestCase, shareTestCase } from './spread.fixtures.ts';
import { caseLooks, caseRecommendations } from './spread.schema.ts';

let t: TestApp;
let stockholm: TestClient;
let network: TestClient;
let caseId: string;
let stockholmSize: number;

beforeAll(async () => {
  t = await createTestApp();
  stockholm = await t.signedIn('coordinator@stockholm.example');
  network = await t.signedIn('coordinator@network.example');
  caseId = (await shareTestCase(t.database.db, 'NO-3203', 'Digital postkasse for alle')).id;
  // Vallentuna reuses it already: reusing counts as having looked.
  await adoptTestCase(t.database.db, caseId, 'SE-0115');
  stockholmSize = (
    await t.database.db
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(eq(municipalities.countyId, 'SE-01'))
  ).length;
});
afterAll(async () => {
  await t?.close();
});

const recommendationsOf = (countyId: string) =>
  t.database.db
    .select()
    .from(caseRecommendations)
    .where(and(eq(caseRecommendations.caseId, caseId), eq(caseRecommendations.countyId, countyId)));

describe('a county coordinator’s recommendations', () => {
  it('refuses an address that names no case, a note too long and another county, writing nothing', async () => {
    const garbage = await stockholm.postForm('/en/network/spread/SE-01/recommendations', {
      caseId: 'https://samskap.example/sv/cases/not-a-case',
      note: '',
    });
    expect(garbage.status).toBe(422);
    expect(await garbage.text()).toContain('Give the address of a shared case that is published.');
    const unknown = await stockholm.postForm('/sv/network/spread/SE-01/recommendations', {
      caseId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain(
      'Ange adressen till ett delat exempel som är publicerat.',
    );
    const long = await stockholm.postForm('/nb/network/spread/SE-01/recommendations', {
      caseId,
      note: 'x'.repeat(501),
    });
    expect(long.status).toBe(422);
    const elsewhere = await stockholm.postForm('/en/network/spread/NO-32/recommendations', {
      caseId,
    });
    expect(elsewhere.status).toBe(403);
    const shortlist = await stockholm.postForm('/en/network/spread/shortlist', { caseId });
    expect(shortlist.status).toBe(403);
    const resident = await t.signedIn('resident@botkyrka.example');
    expect(
      (await resident.postForm('/en/network/spread/SE-01/recommendations', { caseId })).status,
    ).toBe(403);
    // Access is decided before the form is read: an invalid form from a resident is still 403.
    expect(
      (await resident.postForm('/en/network/spread/SE-01/recommendations', { caseId: '' })).status,
    ).toBe(403);
    // A county the registry does not have is not found, even for the whole network's coordinators.
    expect(
      (await network.postForm('/en/network/spread/SE-99/recommendations', { caseId })).status,
    ).toBe(404);
    expect(
      (await network.postForm('/en/network/spread/SE-99/recommendations/x/remove', {})).status,
    ).toBe(404);
    expect(
      (
        await stockholm.postForm(
          '/en/network/spread/SE-01/recommendations',
          { caseId },
          { csrf: false },
        )
      ).status,
    ).toBe(403);
    expect(await t.database.db.select().from(caseRecommendations)).toEqual([]);
  });

  it('recommends a case by its address, audited, and shows who has not looked at it', async () => {
    const res = await stockholm.postForm('/en/network/spread/SE-01/recommendations', {
      caseId: `https://samskap.example/sv/cases/${caseId}`,
      note: 'Sparar tid i hemtjänsten.',
    });
    expect(res.status).toBe(303);
    expect(await recommendationsOf('SE-01')).toHaveLength(1);
    const [logged] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'recommendation.add'));
    expect(logged?.target).toBe(`case:${caseId}`);
    const html = await (await stockholm.get('/en/network/spread/SE-01')).text();
    expect(html).toContain('Sparar tid i hemtjänsten.');
    // Every Stockholm municipality but Vallentuna, which reuses it.
    expect(html).toContain(`${stockholmSize - 1} municipalities have not looked at it yet`);
    // Botkyrka has not looked and is listed so, which is what Vallentuna would be if it were.
    expect(html).toMatch(/<li>Botkyrka<\/li>/);
    expect(html).not.toMatch(/<li>Vallentuna<\/li>/);
    // Everyone sees the recommendation; only the county's coordinators who has not looked.
    const anonymous = await (await t.client().get('/en/network/spread/SE-01')).text();
    expect(anonymous).toContain('Sparar tid i hemtjänsten.');
    expect(anonymous).not.toContain('not looked at it yet');
    expect(anonymous).not.toContain('Recommend the case');
  });

  it('counts a municipality as having looked once its staff open the case, with one row however often', async () => {
    const before = await (await stockholm.get('/en/network/spread/SE-01')).text();
    expect(before).toMatch(/<li>Botkyrka<\/li>/);
    const staff = await t.signedIn('staff@botkyrka.example');
    await staff.get(`/en/cases/${caseId}`);
    await staff.get(`/sv/cases/${caseId}`);
    await (await t.signedIn('resident@botkyrka.example')).get(`/en/cases/${caseId}`);
    const looks = await t.database.db.select().from(caseLooks).where(eq(caseLooks.caseId, caseId));
    expect(looks.map((l) => l.municipalityId)).toEqual(['SE-0127']);
    const html = await (await stockholm.get('/en/network/spread/SE-01')).text();
    expect(html).toContain(`${stockholmSize - 2} municipalities have not looked at it yet`);
    expect(html).not.toMatch(/<li>Botkyrka<\/li>/);
  });

  it('refuses the same case twice, and takes a recommendation back, audited', async () => {
    const again = await stockholm.postForm('/en/network/spread/SE-01/recommendations', { caseId });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('The case is already recommended here.');
    const [rec] = await recommendationsOf('SE-01');
    const removed = await stockholm.postForm(
      `/en/network/spread/SE-01/recommendations/${rec?.id}/remove`,
      {},
    );
    expect(removed.status).toBe(303);
    expect(await recommendationsOf('SE-01')).toEqual([]);
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'recommendation.remove'));
    expect(logged).toHaveLength(1);
  });
});

describe('the network’s shortlist', () => {
  it('is curated by a network coordinator and shown on the network page', async () => {
    const res = await network.postForm('/en/network/spread/shortlist', {
      caseId,
      note: 'Ett av årets bästa.',
    });
    expect(res.status).toBe(303);
    const html = await (await t.client().get('/nb/network/spread')).text();
    expect(html).toContain('Nettverkets utvalg');
    expect(html).toContain('Ett av årets bästa.');
    const [rec] = await t.database.db
      .select()
      .from(caseRecommendations)
      .where(eq(caseRecommendations.caseId, caseId));
    expect(rec?.countyId).toBeNull();
    // The county route does not reach the shortlist's rows.
    expect(
      (await network.postForm(`/en/network/spread/SE-01/recommendations/${rec?.id}/remove`, {}))
        .status,
    ).toBe(404);
  });
});
