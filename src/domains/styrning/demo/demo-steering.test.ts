import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMunicipalities } from '../../../seed/demo.ts';
import { prepareDatabase } from '../../../seed/prepare.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { acceptedDemoProposals } from '../../dialog/proposals/demo-texts.ts';
import { initiativeCosts, initiatives } from '../portfolio/portfolio.schema.ts';
import { selectFor } from '../prioritisation/commands/select.ts';
import { recordOf } from '../prioritisation/prioritisation.load.ts';
import { scenarios } from '../prioritisation/prioritisation.schema.ts';
import { futureStoryVersions } from '../strategy/strategy.schema.ts';
import { seedDemoScenarios } from './scenarios.ts';
import { demoSteeringCounts, seedDemoSteering } from './seed.ts';

let t: TestApp;

/** The demo's 40 initiatives, and one for each demo proposal the body accepted. */
const demoInitiatives = (municipalityId: string) => 40 + acceptedDemoProposals(municipalityId);
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const counts = () =>
  Promise.all(demoMunicipalities.map((m) => demoSteeringCounts(t.database.db, m.id)));

describe('steering demo', () => {
  it('gives every demo municipality a portfolio over all stages, with a verified decision chain', async () => {
    for (const m of demoMunicipalities) {
      const c = await demoSteeringCounts(t.database.db, m.id);
      expect(c.initiatives, m.id).toBe(demoInitiatives(m.id));
      expect(c.decisions, m.id).toBeGreaterThanOrEqual(3);
      expect(c.benefitMeasurements, m.id).toBeGreaterThan(100);
      const stages = await t.database.db.execute(
        sql`select distinct stage from initiatives where municipality_id = ${m.id}`,
      );
      expect(
        (stages as unknown as { rows: { stage: string }[] }).rows.map((r) => r.stage).sort(),
      ).toEqual(['assessed', 'idea', 'operation', 'pilot', 'prioritised', 'scaling', 'stopped']);
      const verdict = await (
        await t.app.request(`/api/v1/municipalities/${m.id}/decisions/verify`)
      ).json();
      expect(verdict.ok, m.id).toBe(true);
      // Every demo decision says where it stands in the minutes, as the country writes it.
      const { items } = await (
        await t.app.request(`/api/v1/municipalities/${m.id}/decisions`)
      ).json();
      for (const d of items) {
        if (m.id.startsWith('NO-')) {
          expect(d.paragraph, m.id).toMatch(/^PS \d+\/\d{2}$/);
          expect(d.registrationNumber, m.id).toMatch(/^\d{2}\/\d{5}$/);
        } else {
          expect(d.paragraph, m.id).toMatch(/^§ \d+$/);
          expect(d.registrationNumber, m.id).toMatch(/^KS \d{4}\/\d+$/);
        }
        expect(d.protocolUrl, m.id).toMatch(new RegExp(`^https://${m.slug}\\.example/`));
      }
      const stories = await t.database.db
        .select()
        .from(futureStoryVersions)
        .where(eq(futureStoryVersions.municipalityId, m.id));
      expect(stories.map((s) => s.status).sort()).toEqual(['adopted', 'draft']);
      expect(stories.find((s) => s.status === 'adopted')?.adoptedBy).toBeTruthy();
    }
  });

  it('adds nothing when seeded again, also when the demo content is re-seeded', async () => {
    const before = await counts();
    await t.database.db.transaction((tx) =>
      seedDemoSteering({ db: tx, now: () => new Date() }, demoMunicipalities),
    );
    // Another password changes the fingerprint, so the whole demo is seeded once more.
    await prepareDatabase(t.database, {
      demo: true,
      demoPassword: 'another password for the test',
    });
    expect(await counts()).toEqual(before);
  });

  it('is in the language of the municipality', async () => {
    const rows = await t.database.db
      .select({ m: futureStoryVersions.municipalityId, title: futureStoryVersions.title })
      .from(futureStoryVersions)
      .where(eq(futureStoryVersions.version, 1));
    const title = (id: string) => rows.find((r) => r.m === id)?.title;
    expect(title('SE-0127')).toBe('Framtidsberättelse 2035');
    expect(title('NO-3203')).toBe('Framtidsfortelling 2035');
  });

  it('fills the leadership dashboard', async () => {
    const client = t.client();
    await client.login('politician@asker.example', 'another password for the test');
    const res = await client.get('/nb/municipalities/NO-3203/dashboard');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`${demoInitiatives('NO-3203')} satsinger i alt.`);
    expect(html).not.toContain('Ingenting å vise ennå.');
    expect(html).not.toMatch(/NaN/);
  });

  it('saves two scenarios per municipality whose results are what the engine chooses', async () => {
    const db = t.database.db;
    const names: Record<string, string[]> = {
      'SE-0127': ['Budget 2027 – grundnivå', 'Budget 2027 – utökad'],
      'SE-0483': ['Budget 2027 – grundnivå', 'Budget 2027 – utökad'],
      'NO-3203': ['Budsjett 2027 – grunnivå', 'Budsjett 2027 – utvidet'],
    };
    for (const m of demoMunicipalities) {
      const rows = await db.select().from(scenarios).where(eq(scenarios.municipalityId, m.id));
      expect(rows.map((r) => r.name).sort(), m.id).toEqual(names[m.id]);
      // What every 2027 candidate costs, summed from the tables: the budgets are half and four
      // fifths of it, down to whole hundred thousands.
      const candidates = await db
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(
          and(
            eq(initiatives.municipalityId, m.id),
            inArray(initiatives.stage, ['assessed', 'prioritised', 'pilot']),
          ),
        );
      const costs = await db
        .select()
        .from(initiativeCosts)
        .where(
          and(
            inArray(
              initiativeCosts.initiativeId,
              candidates.map((c) => c.id),
            ),
            eq(initiativeCosts.year, 2027),
          ),
        );
      const total = costs.reduce((sum, c) => sum + c.investment + c.running, 0);
      const budgets = rows.map((r) => r.budget).sort((a, b) => a - b);
      expect(budgets, m.id).toEqual([
        Math.floor((total * 0.5) / 100_000) * 100_000,
        Math.floor((total * 0.8) / 100_000) * 100_000,
      ]);
      for (const row of rows) {
        expect(row.year).toBe(2027);
        const saved = recordOf(row.result);
        expect(saved, row.name).not.toBeNull();
        const again = await selectFor(
          db,
          { id: m.id, country: m.id.slice(0, 2) },
          {
            year: row.year,
            budget: row.budget,
            weights: row.weights,
          },
        );
        if (!again.ok) throw new Error(`${m.id} ${row.name}: the engine refused`);
        expect(saved?.selection.selected.slice().sort()).toEqual(
          again.value.selection.selected.slice().sort(),
        );
        expect(saved?.selection.objective).toBeCloseTo(again.value.selection.objective, 9);
        expect(saved?.selection.totalCost).toBe(again.value.selection.totalCost);
        expect(saved?.selection.totalCost).toBeLessThanOrEqual(row.budget);
        expect(saved?.selection.selected.length, row.name).toBeGreaterThan(0);
      }
    }
    // Seeding again adds no scenario.
    const before = (await db.select().from(scenarios)).length;
    await db.transaction((tx) =>
      seedDemoScenarios({ db: tx, now: () => new Date() }, demoMunicipalities),
    );
    expect((await db.select().from(scenarios)).length).toBe(before);
  });
});
