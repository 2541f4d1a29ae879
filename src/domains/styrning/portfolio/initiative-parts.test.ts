import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { goals } from '../strategy/strategy.schema.ts';
import { initiativeTestApp } from './initiatives-testkit.ts';
import {
  goalContributions,
  initiativeCompetences,
  initiativeDependencies,
  initiativeParticipants,
  initiativeRisks,
  initiativeSystems,
  systems,
} from './portfolio.schema.ts';

const base = '/en/municipalities/SE-0483/initiatives';
const kit = initiativeTestApp();
const { db, row } = kit;

describe('assessment, goals, risks, systems, competences, participants', () => {
  it('store requirements and ratings, refusing ratings outside 0–5', async () => {
    const id = kit.fx.publicOwn.id;
    const ok = await kit.manager.postForm(`${base}/${id}/assessment`, {
      req_verifiedNeed: 'on',
      req_goalLink: 'on',
      rating_urgency: '4',
      rating_risk: '1,5',
      rating_feasibility: '',
    });
    expect(ok.status).toBe(303);
    const r = await row(id);
    expect(r.requirements).toEqual({
      verifiedNeed: true,
      namedOwner: false,
      goalLink: true,
      financingDevelopment: false,
      financingOperation: false,
      architectureFit: false,
    });
    expect(r.ratings).toEqual({ urgency: 4, risk: 1.5 });
    for (const bad of ['6', '-1', 'hög', '2.555']) {
      const res = await kit.manager.postForm(`${base}/${id}/assessment`, { rating_urgency: bad });
      expect(res.status, bad).toBe(422);
      expect(await res.text()).toContain('Enter a rating from 0 to 5');
    }
    expect((await row(id)).ratings).toEqual({ urgency: 4, risk: 1.5 });
  });

  it('store goal weights in [0, 1] for this municipality’s goals only', async () => {
    const [own] = await db()
      .insert(goals)
      .values({ municipalityId: 'SE-0483', title: 'Trygg omsorg' })
      .returning();
    const [foreign] = await db()
      .insert(goals)
      .values({ municipalityId: 'NO-3203', title: 'Askers mål' })
      .returning();
    const id = kit.fx.publicOwn.id;
    const edit = await (await kit.manager.get(`${base}/${id}/edit`)).text();
    expect(edit).toContain('Trygg omsorg');
    expect(edit).not.toContain('Askers mål');
    expect(
      (await kit.manager.postForm(`${base}/${id}/goals`, { [`goal_${own!.id}`]: '0,75' })).status,
    ).toBe(303);
    const stored = () =>
      db().select().from(goalContributions).where(eq(goalContributions.initiativeId, id));
    expect((await stored()).map((g) => [g.goalId, g.weight])).toEqual([[own!.id, 0.75]]);
    const tooBig = await kit.manager.postForm(`${base}/${id}/goals`, {
      [`goal_${own!.id}`]: '1.5',
    });
    expect(tooBig.status).toBe(422);
    expect(await tooBig.text()).toContain('Enter a weight from 0 to 1');
    const other = await kit.manager.postForm(`${base}/${id}/goals`, {
      [`goal_${foreign!.id}`]: '0.5',
    });
    expect(other.status).toBe(422);
    expect(await other.text()).toContain('Choose goals of this municipality.');
    expect((await stored()).map((g) => g.weight)).toEqual([0.75]);
  });

  it('add and remove risks with likelihood and impact 1–5', async () => {
    const id = kit.fx.publicOwn.id;
    const risks = () =>
      db().select().from(initiativeRisks).where(eq(initiativeRisks.initiativeId, id));
    for (const fields of [
      { description: 'Leverantören hinner inte', likelihood: '6', impact: '3' },
      { description: 'Leverantören hinner inte', likelihood: '2', impact: '0' },
      { description: '', likelihood: '2', impact: '3' },
    ]) {
      expect((await kit.manager.postForm(`${base}/${id}/risks`, fields)).status).toBe(422);
    }
    expect(await risks()).toHaveLength(0);
    expect(
      (
        await kit.manager.postForm(`${base}/${id}/risks`, {
          description: 'Leverantören hinner inte',
          likelihood: '2',
          impact: '4',
        })
      ).status,
    ).toBe(303);
    const [risk] = await risks();
    expect(risk).toMatchObject({ likelihood: 2, impact: 4 });
    const page = await (await kit.manager.get(`${base}/${id}`)).text();
    expect(page).toContain('Leverantören hinner inte');
    expect((await kit.manager.postForm(`${base}/${id}/risks/${risk!.id}/remove`, {})).status).toBe(
      303,
    );
    expect(await risks()).toHaveLength(0);
  });

  it('tick systems of this municipality’s catalogue only', async () => {
    const [own] = await db()
      .insert(systems)
      .values({ municipalityId: 'SE-0483', name: 'Treserva' })
      .returning();
    const [foreign] = await db()
      .insert(systems)
      .values({ municipalityId: 'NO-3203', name: 'Gerica' })
      .returning();
    const id = kit.fx.publicOwn.id;
    expect(
      (await kit.manager.postForm(`${base}/${id}/systems`, { [`sys_${own!.id}`]: 'on' })).status,
    ).toBe(303);
    expect(
      (await kit.manager.postForm(`${base}/${id}/systems`, { [`sys_${foreign!.id}`]: 'on' }))
        .status,
    ).toBe(422);
    const stored = await db()
      .select()
      .from(initiativeSystems)
      .where(eq(initiativeSystems.initiativeId, id));
    expect(stored.map((s) => s.systemId)).toEqual([own!.id]);
    // The systems touched are internal: staff see them, visitors of the public initiative do not.
    expect(await (await kit.manager.get(`${base}/${id}`)).text()).toContain('Treserva');
    expect(await (await kit.t.client().get(`${base}/${id}`)).text()).not.toContain('Treserva');
    const json = await (
      await kit.t.app.request(`/api/v1/municipalities/SE-0483/initiatives/${id}`)
    ).json();
    expect(json.systems).toEqual([]);
  });

  it('keep competences as tags', async () => {
    const id = kit.fx.publicOwn.id;
    expect(
      (
        await kit.manager.postForm(`${base}/${id}/competences`, {
          competences: 'tjänstedesign, dataskydd, tjänstedesign',
        })
      ).status,
    ).toBe(303);
    const tags = async () =>
      (
        await db()
          .select()
          .from(initiativeCompetences)
          .where(eq(initiativeCompetences.initiativeId, id))
      )
        .map((c) => c.competence)
        .sort();
    expect(await tags()).toEqual(['dataskydd', 'tjänstedesign']);
    const many = Array.from({ length: 31 }, (_, i) => `k${i}`).join(',');
    expect(
      (await kit.manager.postForm(`${base}/${id}/competences`, { competences: many })).status,
    ).toBe(422);
    expect(await tags()).toEqual(['dataskydd', 'tjänstedesign']);
  });

  it('tick participating departments of this municipality only', async () => {
    const id = kit.fx.publicOwn.id;
    const stored = async () =>
      (
        await db()
          .select()
          .from(initiativeParticipants)
          .where(eq(initiativeParticipants.initiativeId, id))
      ).map((p) => p.departmentId);
    expect(
      (await kit.manager.postForm(`${base}/${id}/participants`, { [`dept_${kit.fx.other}`]: 'on' }))
        .status,
    ).toBe(303);
    expect(await stored()).toEqual([kit.fx.other]);
    const res = await kit.manager.postForm(`${base}/${id}/participants`, {
      [`dept_${kit.fx.foreignDept}`]: 'on',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Choose a department of this municipality.');
    expect(await stored()).toEqual([kit.fx.other]);
    const dept = await (
      await kit.t.client().get(`/en/municipalities/SE-0483/departments/${kit.fx.other}`)
    ).text();
    // The department plan lists the public initiative it takes part in.
    expect(dept).toContain('Offentlig satsning');
  });
});

describe('dependencies', () => {
  it('are kept within the municipality and never form a cycle', async () => {
    const a = await insertTestInitiative(db(), {
      municipalityId: 'SE-0483',
      departmentId: kit.fx.own,
      title: 'Satsning A',
    });
    const b = await insertTestInitiative(db(), {
      municipalityId: 'SE-0483',
      departmentId: kit.fx.own,
      title: 'Satsning B',
      dependsOn: [a.id],
    });
    const c = await insertTestInitiative(db(), {
      municipalityId: 'SE-0483',
      departmentId: kit.fx.own,
      title: 'Satsning C',
      dependsOn: [b.id],
    });
    const depsOf = async (id: string) =>
      (
        await db()
          .select()
          .from(initiativeDependencies)
          .where(eq(initiativeDependencies.initiativeId, id))
      ).map((d) => d.dependsOnId);
    const cycle = await kit.manager.postForm(`${base}/${a.id}/dependencies`, {
      [`dep_${c.id}`]: 'on',
    });
    expect(cycle.status).toBe(422);
    expect(await cycle.text()).toContain(
      'in a circle: Satsning A → Satsning C → Satsning B → Satsning A.',
    );
    const self = await kit.manager.postForm(`${base}/${a.id}/dependencies`, {
      [`dep_${a.id}`]: 'on',
    });
    expect(self.status).toBe(422);
    expect(await self.text()).toContain('Satsning A → Satsning A');
    const foreign = await kit.manager.postForm(`${base}/${a.id}/dependencies`, {
      [`dep_${kit.fx.foreign.id}`]: 'on',
    });
    expect(foreign.status).toBe(422);
    expect(await foreign.text()).toContain('Choose other initiatives of this municipality.');
    const junk = await kit.manager.postForm(`${base}/${a.id}/dependencies`, { dep_nope: 'on' });
    expect(junk.status).toBe(422);
    expect(await depsOf(a.id)).toEqual([]);
    expect(
      (
        await kit.manager.postForm(`${base}/${c.id}/dependencies`, {
          [`dep_${a.id}`]: 'on',
          [`dep_${b.id}`]: 'on',
        })
      ).status,
    ).toBe(303);
    expect((await depsOf(c.id)).sort()).toEqual([a.id, b.id].sort());
    const page = await (await kit.manager.get(`${base}/${a.id}`)).text();
    expect(page).toContain('Satsning B');
  });
});
