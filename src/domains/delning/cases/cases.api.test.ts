import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { insertTestCase } from './cases.fixtures.ts';

let t: TestApp;
let caseIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const [municipalityId, title, serviceDomain] of [
    ['SE-0127', 'Gemensam lärplattform för varje skola', 'schools'],
    ['NO-3203', 'Felles læringsplattform for hver skole', 'schools'],
    ['NO-3203', 'Digitalt nattilsyn i hjemmetjeneste', 'elderly-care'],
  ] as const) {
    const [department] = await listDepartments(db, municipalityId);
    const initiative = await insertTestInitiative(db, {
      municipalityId,
      departmentId: department?.id ?? '',
      isPublic: true,
      stage: 'scaling',
    });
    const row = await insertTestCase(db, {
      municipalityId,
      initiativeId: initiative.id,
      title,
      serviceDomain,
      sourceUrl: 'https://code.example/nattilsyn',
    });
    caseIds = [...caseIds, row.id];
  }
});
afterAll(async () => {
  await t?.close();
});

const getJson = async (path: string) => {
  const res = await t.client().get(path);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
};

describe('the shared cases in /api/v1', () => {
  it('lists the cases as { total, items }, filtered and paged', async () => {
    const all = await getJson('/api/v1/cases');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    const norwegian = await getJson('/api/v1/cases?country=NO&pageSize=1&page=2');
    expect(norwegian.body.total).toBe(2);
    expect(norwegian.body.items).toHaveLength(1);
    const schools = await getJson('/api/v1/cases?q=skolene');
    expect(schools.body.items[0]).toMatchObject({
      title: 'Felles læringsplattform for hver skole',
      municipality: { id: 'NO-3203', name: 'Asker' },
      serviceDomain: 'schools',
      stage: 'scaling',
    });
  });

  it('answers unknown filter values and page sizes over 100 with a problem document', async () => {
    for (const query of [
      'country=XX',
      'domain=astrology',
      'pageSize=101',
      'county=Stockholm',
      `q=${'skola'.repeat(41)}`,
    ]) {
      const res = await getJson(`/api/v1/cases?${query}`);
      expect(res.status).toBe(400);
      expect(res.type).toContain('application/problem+json');
    }
  });

  it('gives a case with its links, versions and adoptions', async () => {
    const res = await getJson(`/api/v1/cases/${caseIds[0]}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'published',
      version: 1,
      links: { source: 'https://code.example/nattilsyn', licence: null },
      adoptions: { total: 0, measuring: 0, items: [] },
    });
    expect(res.body.versions).toHaveLength(1);
    expect((await getJson('/api/v1/cases/not-a-case')).status).toBe(404);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await getJson('/api/v1/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/cases', '/cases/{caseId}']),
    );
  });
});
