import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { decisions } from '../../decisions/decisions.schema.ts';
import {
  clean,
  goalIdFrom,
  goalsSnapshot,
  goodIndicator,
  insertTestBody,
  insertTestDepartment,
  personWith,
} from './strategy.fixtures.ts';
import { indicators } from './strategy.schema.ts';

// The clock is fixed so that targets and "the future" are the same on every run.
const now = () => new Date('2026-12-01T10:00:00Z');
let t: TestApp;
let admin: TestClient;
let manager: TestClient;
let otherManager: TestClient;
let staff: TestClient;
let politician: TestClient;
let departmentId = '';
let otherDepartmentId = '';
let bodyId = '';
const base = `/en/municipalities/${clean}/goals`;

beforeAll(async () => {
  t = await createTestApp({ now });
  const db = t.database.db;
  departmentId = (await insertTestDepartment(db, clean, 'Äldreförvaltningen')).id;
  otherDepartmentId = (await insertTestDepartment(db, clean, 'Utbildningsförvaltningen')).id;
  admin = await personWith(t, 'admin@goals.test', 'admin');
  manager = await personWith(t, 'manager@goals.test', 'manager', clean, departmentId);
  otherManager = await personWith(t, 'other@goals.test', 'manager', clean, otherDepartmentId);
  staff = await personWith(t, 'staff@goals.test', 'staff');
  politician = await personWith(t, 'politician@goals.test', 'politician');
  bodyId = (await insertTestBody(t)).id;
});
afterAll(async () => {
  await t?.close();
});

const idFrom = goalIdFrom;
const snapshot = () => goalsSnapshot(t);

let strategicId = '';
let departmentGoalId = '';
let indicatorId = '';

describe('goals and indicators', () => {
  it('lets admins add strategic goals and managers add goals for their own department only', async () => {
    const strategic = await admin.postForm(base, {
      title: 'Trygg omsorg',
      description: 'Alla ska känna sig trygga.',
    });
    expect(strategic.status).toBe(303);
    strategicId = idFrom(strategic);
    expect((await manager.postForm(base, { title: 'Eget strategiskt mål' })).status).toBe(403);
    const own = await manager.postForm(base, {
      title: 'Digital tillsyn',
      parentId: strategicId,
      departmentId,
    });
    expect(own.status).toBe(303);
    departmentGoalId = idFrom(own);
    expect(
      (
        await otherManager.postForm(base, {
          title: 'Inte mitt',
          parentId: strategicId,
          departmentId,
        })
      ).status,
    ).toBe(403);
    const resident = await personWith(t, 'resident@goals.test', 'resident');
    for (const client of [staff, politician, resident]) {
      expect((await client.postForm(base, { title: 'x' })).status).toBe(403);
      expect((await client.postForm(`${base}/${strategicId}`, { title: 'x' })).status).toBe(403);
    }
    const anonymous = await t.client().postForm(base, { title: 'x' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/login');
  });

  it('refuses another municipality’s parent goal or department, and nonsense ids, writing nothing', async () => {
    const botkyrkaAdmin = t.client();
    await botkyrkaAdmin.login('admin@botkyrka.example');
    const foreign = await botkyrkaAdmin.postForm('/en/municipalities/SE-0127/goals', {
      title: 'Botkyrkas mål',
    });
    expect(foreign.status).toBe(303);
    const foreignGoalId = idFrom(foreign);
    const before = await snapshot();
    const wrongParent = await admin.postForm(base, {
      title: 'x',
      parentId: foreignGoalId,
      departmentId,
    });
    expect(wrongParent.status).toBe(422);
    expect(await wrongParent.text()).toContain(
      'Choose one of this municipality’s strategic goals.',
    );
    const underDepartmentGoal = await admin.postForm(base, {
      title: 'x',
      parentId: departmentGoalId,
      departmentId,
    });
    expect(underDepartmentGoal.status).toBe(422);
    const wrongDepartment = await admin.postForm(base, {
      title: 'x',
      parentId: strategicId,
      departmentId: 'nonsense',
    });
    expect(wrongDepartment.status).toBe(422);
    expect(await wrongDepartment.text()).toContain('Choose a department of this municipality.');
    expect((await admin.postForm(base, { title: '' })).status).toBe(422);
    expect((await admin.postForm(base, { title: 'y'.repeat(201) })).status).toBe(422);
    // Stockholm's admin cannot reach Botkyrka's goal, under either address.
    expect((await admin.get(`${base}/${foreignGoalId}`)).status).toBe(404);
    expect(
      (
        await admin.postForm(`/en/municipalities/SE-0127/goals/${foreignGoalId}`, {
          title: 'Kapad',
        })
      ).status,
    ).toBe(403);
    expect((await admin.get(`${base}/missing-goal`)).status).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  it('records measurements (append-only), computes the status by the stated rule, and refuses bad values', async () => {
    const created = await manager.postForm(`${base}/${departmentGoalId}/indicators`, goodIndicator);
    expect(created.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(indicators)
      .where(eq(indicators.goalId, departmentGoalId));
    indicatorId = row?.id ?? '';
    const url = `${base}/${departmentGoalId}/measurements`;
    const before = await snapshot();
    for (const [change, message] of [
      [{ value: 'abc' }, 'Enter a number, like 12 or 12,5.'],
      [{ measuredOn: '2026-02-30' }, 'Enter a real date as YYYY-MM-DD.'],
      [{ measuredOn: '2026-12-02' }, 'A measurement cannot be dated in the future.'],
      [
        { indicatorId: '00000000-0000-4000-8000-000000000000' },
        'Choose one of this goal’s indicators.',
      ],
    ] as [Record<string, string>, string][]) {
      const res = await manager.postForm(url, {
        indicatorId,
        value: '20',
        measuredOn: '2026-07-02',
        ...change,
      });
      expect(res.status, JSON.stringify(change)).toBe(422);
      expect(await res.text()).toContain(message);
    }
    expect(
      (await otherManager.postForm(url, { indicatorId, value: '20', measuredOn: '2026-07-02' }))
        .status,
    ).toBe(403);
    expect(await snapshot()).toBe(before);

    // 2026-01-01 → 2027-01-01 is 365 days; 2026-07-02 is day 182, so the line expects 182/365 =
    // 49.9 %. A value of 20 is (20 − 10)/(50 − 10) = 25 % of the way: 24.9 points behind → at risk.
    expect(
      (
        await manager.postForm(url, {
          indicatorId,
          value: '20',
          measuredOn: '2026-07-02',
          note: 'Halvår',
        })
      ).status,
    ).toBe(303);
    let api = await (await staff.get(`/api/v1/municipalities/${clean}/goals`)).json();
    let goal = api.items.find((g: { id: string }) => g.id === strategicId);
    expect(goal.children[0].indicators[0]).toMatchObject({ status: 'at-risk', progress: 0.25 });
    expect(goal.children[0].indicators[0].expected).toBeCloseTo(182 / 365, 10);
    expect(goal.children[0].status).toBe('at-risk');
    // The strategic goal has no indicators of its own: it takes its department goal's status.
    expect(goal.status).toBe('at-risk');
    // 31 on 2026-07-03 (day 183) is (31 − 10)/40 = 52.5 % of the way against 183/365 = 50.1 %
    // expected → on track.
    await manager.postForm(url, { indicatorId, value: '31', measuredOn: '2026-07-03' });
    api = await (await staff.get(`/api/v1/municipalities/${clean}/goals`)).json();
    goal = api.items.find((g: { id: string }) => g.id === strategicId);
    expect(goal.status).toBe('on-track');
    const page = await (await staff.get(`${base}/${departmentGoalId}`)).text();
    expect(page).toContain(
      'Latest measurement 31 % on 3 Jul 2026: 52.5 % of the way from baseline to target, where the plan said 50.1 %. Status: On track.',
    );
    expect(page).toContain(
      'at most 10 percentage points behind the line, at risk when at most 25 points behind',
    );
    expect(page).toContain('Halvår');
    // Measurements are append-only: the database refuses to change one.
    await expect(
      t.database.db.execute(
        sql`update indicator_measurements set value = 99 where indicator_id = ${indicatorId}`,
      ),
    ).rejects.toSatisfy((e) =>
      String((e as { cause?: Error }).cause?.message).includes('is append-only'),
    );
  });

  it('keeps drafts internal until the goal set is adopted by a recorded decision', async () => {
    const anonymous = t.client();
    expect(await (await anonymous.get(base)).text()).not.toContain('Trygg omsorg');
    expect((await anonymous.get(`${base}/${strategicId}`)).status).toBe(404);
    expect(
      (await (await anonymous.get(`/api/v1/municipalities/${clean}/goals`)).json()).items,
    ).toEqual([]);
    expect(
      (
        await staff.postForm(`${base}/adopt`, {
          bodyId,
          decidedOn: '2026-11-30',
          text: 'Mål antas.',
        })
      ).status,
    ).toBe(403);
    const badDate = await politician.postForm(`${base}/adopt`, {
      bodyId,
      decidedOn: '30/11/2026',
      text: 'Mål antas.',
    });
    expect(badDate.status).toBe(422);
    const adopted = await politician.postForm(`${base}/adopt`, {
      bodyId,
      decidedOn: '2026-11-30',
      text: 'Mål antas.',
    });
    expect(adopted.status).toBe(303);
    const [decision] = await t.database.db
      .select()
      .from(decisions)
      .where(eq(decisions.municipalityId, clean));
    expect(decision?.adopts.map((a) => a.id).sort()).toEqual(
      [strategicId, departmentGoalId].sort(),
    );
    expect(decision?.adopts.every((a) => a.kind === 'goal-set')).toBe(true);
    const publicPage = await (await anonymous.get(base)).text();
    expect(publicPage).toContain('Trygg omsorg');
    expect(publicPage).toContain('Status: On track');
    const publicApi = await (await anonymous.get(`/api/v1/municipalities/${clean}/goals`)).json();
    expect(publicApi.items.map((g: { id: string }) => g.id)).toEqual([strategicId]);
    // Nothing left to adopt; an adopted goal keeps its wording.
    const again = await politician.postForm(`${base}/adopt`, {
      bodyId,
      decidedOn: '2026-11-30',
      text: 'Igen.',
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('There are no draft goals to adopt.');
    const edit = await admin.postForm(`${base}/${strategicId}`, {
      title: 'Ändrad',
      description: '',
    });
    expect(edit.status).toBe(409);
    expect(await edit.text()).toContain('An adopted goal keeps the wording it was adopted with.');
  });
});
