import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestBenefit, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { goals } from '../strategy/strategy.schema.ts';
import { goalContributions, initiatives, stageTransitions } from './portfolio.schema.ts';

// The top of the initiative page (stage stepper, summary, next step) and its links to goals,
// departments and decisions, with the links back from the goal page.

let t: TestApp;
let pilot = '';
let stopped = '';
let prioritised = '';
let hidden = '';
let goal = { id: '', departmentId: '' };
const base = '/sv/municipalities/SE-0483';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const dept = await departmentManagedBy(db, 'manager@katrineholm.example');
  const at = (d: string) => new Date(`${d}T10:00:00Z`);
  const walk = async (id: string, stages: string[], reason = 'Steget är klart.') => {
    for (const [k, to] of stages.slice(1).entries()) {
      await db.insert(stageTransitions).values({
        initiativeId: id,
        fromStage: stages[k] as string,
        toStage: to,
        reason,
        actorId: null,
        at: at(`2026-0${k + 1}-10`),
      });
    }
  };
  pilot = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: dept,
      title: 'Pilot med grind',
      stage: 'pilot',
      isPublic: true,
      ownerName: 'Karin Lind',
      ratings: { urgency: 4, feasibility: 2.5 },
      costs: { 2026: { investment: 300_000 }, 2027: { running: 50_000 } },
    })
  ).id;
  await walk(pilot, ['idea', 'assessed', 'prioritised', 'pilot']);
  await insertTestBenefit(db, { initiativeId: pilot, description: 'Frigjord tid' });
  stopped = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: dept,
      title: 'Stoppad satsning',
      stage: 'stopped',
      isPublic: true,
    })
  ).id;
  await walk(stopped, ['idea', 'assessed', 'prioritised']);
  await db.insert(stageTransitions).values({
    initiativeId: stopped,
    fromStage: 'prioritised',
    toStage: 'stopped',
    reason: 'Finansieringen drogs tillbaka.',
    actorId: null,
    at: at('2026-05-01'),
  });
  prioritised = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: dept,
      title: 'Prioriterad satsning',
      stage: 'prioritised',
      isPublic: true,
    })
  ).id;
  hidden = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: dept,
      title: 'Intern satsning mot målet',
      isPublic: false,
    })
  ).id;
  const [g] = await db
    .select({ id: goals.id, departmentId: goals.departmentId })
    .from(goals)
    .where(
      and(
        eq(goals.municipalityId, 'SE-0483'),
        eq(goals.status, 'adopted'),
        isNotNull(goals.departmentId),
      ),
    );
  goal = { id: g?.id ?? '', departmentId: g?.departmentId ?? '' };
  await db.insert(goalContributions).values([
    { initiativeId: pilot, goalId: goal.id, weight: 0.8 },
    { initiativeId: hidden, goalId: goal.id, weight: 0.5 },
  ]);
});
afterAll(async () => {
  await t?.close();
});

const page = async (path: string, email?: string) => {
  const client = t.client();
  if (email) await client.login(email);
  const res = await client.get(path);
  expect(res.status, path).toBe(200);
  return res.text();
};

/** The stepper's steps as (state, current?) in order. */
function steps(html: string) {
  const list = /<ol class="stage-stepper"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [
    ...list.matchAll(/<li class="stage-step" data-state="([a-z-]+)"( aria-current="step")?>/g),
  ].map((m) => `${m[1]}${m[2] ? '*' : ''}`);
}

describe('the stage stepper', () => {
  it('marks the current stage as the step, earlier ones done, later ones ahead', async () => {
    const html = await page(`${base}/initiatives/${pilot}`);
    expect(html).toMatch(/<ol class="stage-stepper" aria-label="Satsningens skeden"/);
    expect(steps(html)).toEqual(['done', 'done', 'done', 'current*', 'upcoming', 'upcoming']);
    expect(html).toContain('<span class="stage-step__note">Nuvarande skede</span>');
  });

  it('shows a stopped initiative stopped where it stopped, in words', async () => {
    const html = await page(`${base}/initiatives/${stopped}`);
    expect(steps(html)).toEqual([
      'done',
      'done',
      'stopped*',
      'not-reached',
      'not-reached',
      'not-reached',
    ]);
    expect(html).toContain('<span class="stage-step__note">Stoppad här</span>');
    expect(html).toContain('i skedet prioriterad. Motivering: Finansieringen drogs tillbaka.');
  });
});

describe('the summary and the next step', () => {
  it('sums up owner, period, cost and benefits, and shows ratings on their scale', async () => {
    const html = (await page(`${base}/initiatives/${pilot}`)).replace(/\u00a0/g, ' ');
    expect(html).toMatch(
      /<dt>Ägare<\/dt><dd>Karin Lind, <a class="ds-link" href="\/sv\/municipalities\/SE-0483\/departments\/[0-9a-f-]{36}">/,
    );
    // 300 000 + 50 000 over 2026–2027.
    expect(html).toContain('350 000 kr under 2026–2027');
    expect(html).toContain('Inte mätta ännu: 1.');
    expect(html).toContain('Angelägenhet: 4 av 5');
    expect(html).toContain('2,5 av 5');
    const en = await page(`/en/municipalities/SE-0483/initiatives/${pilot}`);
    expect(en).toContain('4 of 5');
    const nb = await page(`/nb/municipalities/SE-0483/initiatives/${pilot}`);
    expect(nb).toContain('4 av 5');
  });

  it('offers the manager the scale gate and a measurement at a pilot, a politician the gate, others nothing', async () => {
    const self = `${base}/initiatives/${pilot}`;
    const manager = await page(self, 'manager@katrineholm.example');
    const next = /<section[^>]*id="next">([\s\S]*?)<\/section>/.exec(manager)?.[1] ?? '';
    expect(next).toContain(`href="${self}/benefits#gate">Pröva villkoren för uppskalning</a>`);
    expect(next).toMatch(
      new RegExp(
        `href="${self}/benefits/[0-9a-f-]{36}#record-measurement">Registrera en mätning</a>`,
      ),
    );
    expect(next.indexOf('Pröva villkoren för uppskalning')).toBeLessThan(
      next.indexOf('Registrera'),
    );
    const politician = await page(self, 'politician@katrineholm.example');
    const forPolitician = /<section[^>]*id="next">([\s\S]*?)<\/section>/.exec(politician)?.[1];
    expect(forPolitician).toContain('Pröva villkoren för uppskalning');
    expect(forPolitician).not.toContain('Registrera en mätning');
    for (const email of ['staff@katrineholm.example', 'resident@katrineholm.example', undefined]) {
      expect(await page(self, email), String(email)).not.toContain('id="next"');
    }
  });

  it('suggests moving a prioritised initiative to pilot, with the stage already chosen', async () => {
    const self = `${base}/initiatives/${prioritised}`;
    const html = await page(self, 'manager@katrineholm.example');
    expect(html).toContain(`href="${self}?to=pilot#stage-change">Flytta till pilot</a>`);
    expect(html).toContain(`href="${self}/benefits/new">Lägg till en nytta</a>`);
    const client = t.client();
    await client.login('manager@katrineholm.example');
    const form = await (await client.get(`${self}?to=pilot`)).text();
    expect(form).toContain('<option value="pilot" selected="">Pilot</option>');
    // A stage the form does not offer is not chosen.
    const skip = await (await client.get(`${self}?to=operation`)).text();
    expect(skip).not.toContain('selected="">Drift');
  });
});

describe('the benefits page', () => {
  it('opens with the scale gate’s verdict for a pilot, the rule folded under it', async () => {
    const html = await page(`${base}/initiatives/${pilot}/benefits`);
    const verdict = html.indexOf(
      '<span id="gate-verdict">Villkoren är inte uppfyllda: alla nyttor som ingår har inte nått sitt målvärde.</span>',
    );
    expect(verdict).toBeGreaterThan(html.indexOf('<h1'));
    expect(verdict).toBeLessThan(html.indexOf('id="list-heading"'));
    expect(
      html.indexOf('<summary>Så räknar vi</summary>', html.indexOf('id="gate-heading"')),
    ).toBeGreaterThan(0);
  });

  it('opens with how many benefits are on track for an initiative past the pilot', async () => {
    const html = await page(`${base}/initiatives/${stopped}/benefits`);
    expect(html).toContain('<p class="ds-paragraph result-sentence" id="benefits-result">');
    expect(html).not.toContain('id="gate-verdict"');
  });
});

describe('links', () => {
  it('go from the initiative to its goals and back, public initiatives only for visitors', async () => {
    const html = await page(`${base}/initiatives/${pilot}`);
    expect(html).toContain(`href="${base}/goals/${goal.id}"`);
    const goalPage = await page(`${base}/goals/${goal.id}`);
    expect(goalPage).toContain(
      `href="${base}/initiatives/${pilot}">Pilot med grind</a> <span class="muted">(Pilot)</span>`,
    );
    expect(goalPage).not.toContain('Intern satsning mot målet');
    expect(goalPage).toContain(`href="${base}/departments/${goal.departmentId}"`);
    const forStaff = await page(`${base}/goals/${goal.id}`, 'staff@katrineholm.example');
    expect(forStaff).toContain(`href="${base}/initiatives/${hidden}"`);
  });

  it('go from a stage moved by a decision to that decision on the decisions page', async () => {
    const [moved] = await t.database.db
      .select({
        initiativeId: stageTransitions.initiativeId,
        decisionId: stageTransitions.decisionId,
      })
      .from(stageTransitions)
      .innerJoin(initiatives, eq(initiatives.id, stageTransitions.initiativeId))
      .where(
        and(eq(initiatives.municipalityId, 'SE-0483'), isNotNull(stageTransitions.decisionId)),
      );
    expect(moved).toBeDefined();
    const html = await page(
      `${base}/initiatives/${moved?.initiativeId}`,
      'staff@katrineholm.example',
    );
    expect(html).toMatch(
      new RegExp(
        `\\(<a class="ds-link" href="${base}/decisions\\?decision=${moved?.decisionId}#decision-${moved?.decisionId}">genom beslut nr \\d+, `,
      ),
    );
    // The link names the decision, so the list opens on the page that holds it.
    const decisions = await page(`${base}/decisions?decision=${moved?.decisionId}`);
    expect(decisions).toContain(`id="decision-${moved?.decisionId}"`);
  });
});
