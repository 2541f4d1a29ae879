import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../../testing/test-app.ts';
import { goalContributions } from '../portfolio/portfolio.schema.ts';
import { goals } from '../strategy/strategy.schema.ts';

let t: TestApp;
const ids: Record<string, string> = {};
const base = '/en/municipalities/SE-0483';

async function goal(municipalityId: string, title: string, status = 'adopted', parentId?: string) {
  const [row] = await t.database.db
    .insert(goals)
    .values({ municipalityId, title, status, parentId })
    .returning();
  if (!row) throw new Error('goal insert returned no row');
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const care = await insertTestDepartment(db, 'SE-0483', 'Färdplan Omsorg');
  const school = await insertTestDepartment(db, 'SE-0483', 'Färdplan Skola');
  ids.goal = await goal('SE-0483', 'Färdplan: tryggare hemtjänst');
  ids.subGoal = await goal('SE-0483', 'Färdplan: delmål för skolan', 'adopted', ids.goal);
  ids.draftGoal = await goal('SE-0483', 'Färdplan: utkastmål', 'draft');
  ids.foreignGoal = await goal('NO-3203', 'Veikart: mål i Asker');
  const make = (title: string, departmentId: string, extra: Record<string, unknown>) =>
    insertTestInitiative(db, { municipalityId: 'SE-0483', departmentId, title, ...extra });
  const night = await make('RM Nattillsyn', care.id, {
    isPublic: true,
    stage: 'pilot',
    startsOn: '2026-03-01',
    endsOn: '2027-06-30',
  });
  const schedule = await make('RM Schema', school.id, {
    isPublic: true,
    stage: 'scaling',
    startsOn: '2027-01-01',
    endsOn: '2028-12-31',
  });
  const secret = await make('RM Intern satsning', care.id, {
    isPublic: false,
    stage: 'idea',
    startsOn: '2026-09-01',
    endsOn: '2026-12-31',
  });
  const undated = await make('RM Utan datum', school.id, { isPublic: true, stage: 'idea' });
  const sub = await make('RM Delmål', school.id, {
    isPublic: true,
    stage: 'assessed',
    startsOn: '2026-05-01',
    endsOn: '2026-10-31',
  });
  await db
    .insert(goalContributions)
    .values({ initiativeId: sub.id, goalId: ids.subGoal, weight: 1 });
  for (const i of [night, secret, undated]) {
    await db.insert(goalContributions).values({ initiativeId: i.id, goalId: ids.goal, weight: 1 });
  }
  await db
    .insert(goalContributions)
    .values({ initiativeId: schedule.id, goalId: ids.draftGoal, weight: 1 });
  Object.assign(ids, {
    night: night.id,
    schedule: schedule.id,
    secret: secret.id,
    undated: undated.id,
  });
});
afterAll(async () => {
  await t?.close();
});

/** The initiative titles in the roadmap's SVG labels and in the table after it. */
function drawnAndTabled(html: string) {
  const svg = html.match(/<svg class="roadmap-svg"[\s\S]*?<\/svg>/)?.[0] ?? '';
  const drawn = [...svg.matchAll(/<text[^>]*>([^<]*) · [^<]*<\/text>/g)].map((m) => m[1]);
  const timeline = html.match(/id="roadmap-timeline-heading"[\s\S]*?<\/table>/)?.[0] ?? '';
  const table = timeline.slice(timeline.indexOf('<table'));
  const tabled = [
    ...table.matchAll(
      /<a class="ds-link" href="[^"]*\/initiatives\/[^"]+"(?: lang="sv")?>([^<]*)<\/a>/g,
    ),
  ].map((m) => m[1]);
  return { svg, drawn, tabled };
}

describe('roadmap page', () => {
  it('shows visitors the public initiatives of a goal, drawn and tabled alike, undated apart', async () => {
    const res = await t.app.request(`${base}/roadmap?goal=${ids.goal}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const { svg, drawn, tabled } = drawnAndTabled(html);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(
      /<title id="roadmap-svg-title">Roadmap of initiatives per department<\/title>/,
    );
    expect(svg).toContain('<desc');
    // Departments by name, then by start; the sub-goal's initiative counts for the goal above it.
    expect(drawn).toEqual(['RM Nattillsyn', 'RM Delmål']);
    expect(tabled).toEqual(drawn);
    expect(html).toContain(`/en/municipalities/SE-0483/initiatives/${ids.night}`);
    expect(html).toContain('Initiatives without dates');
    expect(html).toContain('RM Utan datum');
    expect(html).not.toContain('RM Intern satsning');
    expect(html).not.toContain('RM Schema');
    // A visitor's goal list holds adopted goals only.
    expect(html).not.toContain('Färdplan: utkastmål');
  });

  it('shows staff every initiative of the goal, and filters by stage', async () => {
    const staff = t.client();
    await staff.login('staff@katrineholm.example');
    const html = await (await staff.get(`${base}/roadmap?goal=${ids.goal}`)).text();
    const { drawn, tabled } = drawnAndTabled(html);
    expect(drawn).toEqual(['RM Nattillsyn', 'RM Intern satsning', 'RM Delmål']);
    expect(tabled).toEqual(drawn);
    const ideas = await (await staff.get(`${base}/roadmap?goal=${ids.goal}&stage=idea`)).text();
    expect(drawnAndTabled(ideas).drawn).toEqual(['RM Intern satsning']);
    const draft = await (await staff.get(`${base}/roadmap?goal=${ids.draftGoal}`)).text();
    expect(drawnAndTabled(draft).drawn).toEqual(['RM Schema']);
    const sub = await (await staff.get(`${base}/roadmap?goal=${ids.subGoal}`)).text();
    expect(drawnAndTabled(sub).drawn).toEqual(['RM Delmål']);
  });

  it('answers a bad filter with a localised message and no initiatives, never a 500', async () => {
    const cases = [
      ['goal=not-a-uuid', 'Choose one of this municipality’s goals.'],
      [`goal=${ids.foreignGoal}`, 'Choose one of this municipality’s goals.'],
      [`goal=${ids.draftGoal}`, 'Choose one of this municipality’s goals.'],
      ['goal=00000000-0000-0000-0000-000000000000', 'Choose one of this municipality’s goals.'],
      ['stage=%3Cscript%3E', 'Choose a stage from the list.'],
      [`goal=${'x'.repeat(5000)}`, 'Choose one of this municipality’s goals.'],
    ] as const;
    for (const [query, message] of cases) {
      const res = await t.app.request(`${base}/roadmap?${query}`);
      expect(res.status, query).toBe(400);
      const html = await res.text();
      expect(html, query).toContain(message);
      expect(html, query).toContain('id="error-summary"');
      expect(html, query).not.toContain('<script>');
      expect(html, query).not.toContain('RM Nattillsyn');
    }
    const sv = await (await t.app.request('/sv/municipalities/SE-0483/roadmap?goal=x')).text();
    expect(sv).toContain('Välj ett av kommunens mål.');
    expect((await t.app.request('/en/municipalities/SE-9999/roadmap')).status).toBe(404);
  });
});

describe('roadmap API', () => {
  it('gives the public initiatives without authentication, and all to a staff token', async () => {
    const res = await t.app.request(`/api/v1/municipalities/SE-0483/roadmap?goal=${ids.goal}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(body.items.length);
    expect(body.items).toEqual([
      {
        id: ids.night,
        title: 'RM Nattillsyn',
        stage: 'pilot',
        public: true,
        department: { id: expect.any(String), name: 'Färdplan Omsorg' },
        startsOn: '2026-03-01',
        endsOn: '2027-06-30',
      },
      expect.objectContaining({ title: 'RM Delmål', stage: 'assessed' }),
      expect.objectContaining({ id: ids.undated, startsOn: null, endsOn: null }),
    ]);
    const token = await postJson(t.app, '/api/v1/auth/token', {
      email: 'staff@katrineholm.example',
      password: demoPasswordForTests,
    });
    const auth = { authorization: `Bearer ${(await token.json()).token}` };
    const all = await (
      await t.app.request(`/api/v1/municipalities/SE-0483/roadmap?goal=${ids.goal}`, {
        headers: auth,
      })
    ).json();
    expect(all.items.map((i: { title: string }) => i.title).sort()).toEqual([
      'RM Delmål',
      'RM Intern satsning',
      'RM Nattillsyn',
      'RM Utan datum',
    ]);
  });

  it('refuses unknown goals and stages with a problem document, and unknown municipalities', async () => {
    for (const query of [`goal=${ids.foreignGoal}`, 'goal=zzz', 'stage=flying']) {
      const res = await t.app.request(`/api/v1/municipalities/SE-0483/roadmap?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await res.json()).errors.length).toBe(1);
    }
    expect((await t.app.request('/api/v1/municipalities/XX-1/roadmap')).status).toBe(404);
  });
});
