import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { translator } from '../../../web/i18n/index.ts';
import { initiativeCosts, initiatives } from '../portfolio/portfolio.schema.ts';
import { scenarios } from './prioritisation.schema.ts';

let t: TestApp;
const sv = translator('sv');
const home = '/sv/municipalities/SE-0483/prioritisation';

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Katrineholm's demo candidates for 2027 and their cost, read straight from the tables. */
async function candidatesIn2027() {
  const db = t.database.db;
  const rows = await db
    .select({ id: initiatives.id, title: initiatives.title })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.municipalityId, 'SE-0483'),
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
          rows.map((r) => r.id),
        ),
        eq(initiativeCosts.year, 2027),
      ),
    );
  return {
    titles: rows.map((r) => r.title),
    total: costs.reduce((s, c) => s + c.investment + c.running, 0),
  };
}

const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('prioritisation page', () => {
  it('shows the candidates and what they cost together before the budget field', async () => {
    const { titles, total } = await candidatesIn2027();
    expect(titles.length).toBeGreaterThan(3);
    expect(total).toBeGreaterThan(0);
    const res = await (await t.signedIn('admin@katrineholm.example')).get(`${home}?year=2027`);
    expect(res.status).toBe(200);
    const html = flat(await res.text());
    const totalText = flat(`${sv.number(Math.round(total))} SEK`);
    const candidates = html.indexOf('id="candidates"');
    const sentence = html.indexOf(
      flat(
        sv('prioritisation.candidatesTotal', {
          count: titles.length,
          total: totalText,
          year: '2027',
        }),
      ),
    );
    const budgetField = html.indexOf('name="budget"');
    expect(candidates).toBeGreaterThan(0);
    expect(sentence).toBeGreaterThan(candidates);
    expect(budgetField).toBeGreaterThan(sentence);
    // Every candidate is listed before the budget field, and the table's foot has the total.
    for (const title of titles) {
      const at = html.indexOf(`>${title}</a>`, candidates);
      expect(at, title).toBeGreaterThan(candidates);
      expect(at, title).toBeLessThan(budgetField);
    }
    expect(html).toMatch(new RegExp(`<tfoot>.*<td class="num"[^>]*>${totalText}</td>`, 's'));
    // The run form starts from the year shown, and its budget hint says what is at stake.
    expect(html).toMatch(/<input[^>]*id="field-year"[^>]*value="2027"/);
    expect(html).toContain(sv('prioritisation.budgetAtStake', { total: totalText, year: '2027' }));
  });

  it('asks for numbers and years with native fields', async () => {
    const html = await (await (await t.signedIn('admin@katrineholm.example')).get(home)).text();
    const field = (name: string) => new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
    expect(field('budget')).toMatch(/type="number"/);
    expect(field('budget')).toMatch(/inputmode="decimal"/);
    expect(field('budget')).toMatch(/step="any"/);
    expect(field('year')).toMatch(/type="number"/);
    expect(field('year')).toMatch(/inputmode="numeric"/);
    expect(field('year')).toMatch(/step="1"/);
    expect(field('weight_urgency')).toMatch(/type="number"/);
  });

  it('accepts amounts as the browser sends them ("1250", "12.5") and as people type them ("1 250", "12,5")', async () => {
    const admin = await t.signedIn('admin@katrineholm.example');
    const weights = {
      weight_goalContribution: '1',
      weight_benefitCost: '0',
      weight_feasibility: '0',
      weight_risk: '0',
      weight_reusePotential: '0',
    };
    const cases = [
      { name: 'Tal från webbläsaren', budget: '1250', urgency: '12.5' },
      { name: 'Tal som skrivna', budget: '1 250', urgency: '12,5' },
      { name: 'Tal med hårt mellanslag', budget: '1\u00a0250', urgency: '12,5' },
    ];
    for (const c of cases) {
      const res = await admin.postForm(`${home}/scenarios`, {
        ...weights,
        name: c.name,
        year: '2027',
        budget: c.budget,
        weight_urgency: c.urgency,
      });
      expect(res.status, c.name).toBe(303);
      const [row] = await t.database.db.select().from(scenarios).where(eq(scenarios.name, c.name));
      expect(row?.budget, c.name).toBe(1250);
      expect(row?.weights.urgency, c.name).toBe(12.5);
    }
    // Typed the Nordic way and refused for another reason, the value comes back as the number
    // field can show it.
    const refused = await admin.postForm(`${home}/scenarios`, {
      ...weights,
      name: '',
      year: '2027',
      budget: '1 250',
      weight_urgency: '12,5',
    });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toMatch(/<input[^>]*name="budget"[^>]*value="1250"/);
    expect(page).toMatch(/<input[^>]*name="weight_urgency"[^>]*value="12.5"/);
  });

  it('shows a scenario’s budget use and its chosen and not chosen initiatives apart', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    const [row] = await t.database.db
      .select()
      .from(scenarios)
      .where(eq(scenarios.name, 'Tal från webbläsaren'));
    const html = flat(await (await staff.get(`${home}/scenarios/${row?.id}`)).text());
    const result = row?.result as { selection: { selected: string[]; totalCost: number } };
    const used = result.selection.totalCost;
    expect(used).toBeLessThanOrEqual(1250);
    expect(html).toMatch(
      new RegExp(`<meter[^>]*min="0"[^>]*max="1250"[^>]*value="${used}"[^>]*aria-labelledby`),
    );
    expect(html).toContain(
      flat(
        sv('prioritisation.budgetUseText', {
          used: `${sv.number(used)} SEK`,
          budget: `${sv.number(1250)} SEK`,
          percent: sv.number(used / 1250, { style: 'percent', maximumFractionDigits: 1 }),
          left: `${sv.number(1250 - used)} SEK`,
        }),
      ),
    );
    const chosen = html.indexOf('id="chosen"');
    const notChosen = html.indexOf('id="not-chosen"');
    expect(chosen).toBeGreaterThan(0);
    expect(notChosen).toBeGreaterThan(chosen);
    // Every row of the first group is chosen, every row of the second is not.
    const rowsOf = (part: string) => [...part.matchAll(/data-chosen="(yes|no)"/g)].map((m) => m[1]);
    expect(rowsOf(html.slice(chosen, notChosen)).every((c) => c === 'yes')).toBe(true);
    expect(rowsOf(html.slice(notChosen)).every((c) => c === 'no')).toBe(true);
    expect(rowsOf(html.slice(chosen, notChosen)).length).toBe(result.selection.selected.length);
    expect(rowsOf(html.slice(notChosen)).length).toBeGreaterThan(0);
  });
});
