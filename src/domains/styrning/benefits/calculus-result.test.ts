import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Calculus, computeCalculus } from '../../../engines/benefits/index.ts';
import {
  insertTestBenefit,
  insertTestDepartment,
  insertTestInitiative,
} from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { type Lang, translator } from '../../../web/i18n/index.ts';
import '../../../modules.ts';
import { calculusResult } from './views/calculus-result.ts';
import { compactMoney, yearsText } from './views/format.ts';

// The calculus in one sentence, from the engine's result. Every expected figure is worked out by
// hand at the default 4 %: discount factors 1, 1/1.04, 1/1.0816, 1/1.124864 from t₀.

/** Non-breaking and narrow spaces (the locales group digits with them) as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function calculus(input: Parameters<typeof computeCalculus>[0]): Calculus {
  const r = computeCalculus(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const sentence = (lang: Lang, c: Calculus, currency: string) =>
  plain(calculusResult(translator(lang), c, currency));

// 1 000 000 spent in 2026; benefits of 1 000 a unit: 1 560 units in 2027 (1 560 000 / 1.04 =
// 1 500 000 today), 1 081.6 in 2028 (1 081 600 / 1.0816 = 1 000 000), 1 124.864 in 2029
// (1 124 864 / 1.124864 = 1 000 000). NPV = 3 500 000 − 1 000 000 = 2 500 000; the cumulative
// net is −1 000 000 in 2026 and +500 000 in 2027, so it pays back in 2027; 2026–2029 is 4 years.
const paysBack = {
  startYear: 2026,
  endYear: 2029,
  costs: [{ year: 2026, investment: 1_000_000, running: 0 }],
  benefits: [
    {
      id: 'b',
      effect: 'benefit' as const,
      moneyValuePerUnit: 1000,
      planned: [
        { year: 2027, value: 1560 },
        { year: 2028, value: 1081.6 },
        { year: 2029, value: 1124.864 },
      ],
    },
  ],
};

describe('the calculus sentence', () => {
  it('says when it pays back and what it nets, in every language', () => {
    const c = calculus(paysBack);
    expect(c.paybackYear).toBe(2027);
    expect(c.npv).toBeCloseTo(2_500_000, 4);
    expect(sentence('en', c, 'SEK')).toBe('Pays back in 2027; 2.5 MSEK net over four years.');
    expect(sentence('sv', c, 'SEK')).toBe('Betalar sig 2027. Netto 2,5 mnkr på fyra år.');
    expect(sentence('nb', c, 'NOK')).toBe('Betaler seg i 2027. Netto 2,5 mill. kr over fire år.');
    expect(sentence('en', c, 'EUR')).toBe(
      'Pays back in 2027; 2.5 million EUR net over four years.',
    );
  });

  it('says so when it never pays back within the period, with what it costs', () => {
    // 1 000 000 spent in 2026, 520 000 gained in 2027 (= 500 000 today): NPV −500 000, and the
    // cumulative net never reaches 0.
    const c = calculus({
      startYear: 2026,
      endYear: 2027,
      costs: [{ year: 2026, investment: 1_000_000, running: 0 }],
      benefits: [
        {
          id: 'b',
          effect: 'benefit',
          moneyValuePerUnit: 1000,
          planned: [{ year: 2027, value: 520 }],
        },
      ],
    });
    expect(c.paybackYear).toBeNull();
    expect(sentence('en', c, 'SEK')).toBe(
      'Does not pay back within the period: over two years it costs SEK 500,000 more than it brings in.',
    );
    expect(sentence('sv', c, 'SEK')).toBe(
      'Betalar sig inte under perioden: på två år kostar den 500 000 kr mer än den ger.',
    );
    expect(sentence('nb', c, 'NOK')).toBe(
      'Betaler seg ikke i perioden: over to år koster den 500 000 kr mer enn den gir.',
    );
  });

  it('says what it costs when it pays back and later loses again (negative NPV)', () => {
    // 100 spent in 2026; 208 gained in 2027 (= 200 today): cumulative +100, paid back in 2027;
    // 216.32 running cost in 2028 (= 200 today): cumulative −100 = the NPV.
    const c = calculus({
      startYear: 2026,
      endYear: 2028,
      costs: [
        { year: 2026, investment: 100, running: 0 },
        { year: 2028, investment: 0, running: 216.32 },
      ],
      benefits: [
        { id: 'b', effect: 'benefit', moneyValuePerUnit: 1, planned: [{ year: 2027, value: 208 }] },
      ],
    });
    expect(c.paybackYear).toBe(2027);
    expect(c.npv).toBeCloseTo(-100, 6);
    expect(sentence('en', c, 'SEK')).toBe(
      'Pays back in 2027, but over three years it costs SEK 100 more than it brings in.',
    );
    expect(sentence('sv', c, 'SEK')).toBe(
      'Betalar sig 2027, men på tre år kostar den 100 kr mer än den ger.',
    );
  });

  it('writes amounts and years as a sentence does', () => {
    const sv = translator('sv');
    expect(plain(compactMoney(sv, 999_000, 'SEK'))).toBe('999 000 kr');
    expect(plain(compactMoney(sv, 1_000_000, 'SEK'))).toBe('1 mnkr');
    expect(plain(compactMoney(sv, -2_440_000, 'SEK'))).toBe('−2,4 mnkr');
    expect(yearsText(sv, 1)).toBe('ett år');
    expect(yearsText(translator('en'), 12)).toBe('12 years');
  });
});

describe('the calculus page', () => {
  let t: TestApp;
  let iid = '';
  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const dept = await insertTestDepartment(db, 'SE-0483', 'Kalkylförvaltningen');
    const i = await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: dept.id,
      title: 'Handräknad kalkyl',
      isPublic: true,
      costs: { 2026: { investment: 1_000_000 } },
    });
    iid = i.id;
    await insertTestBenefit(db, {
      initiativeId: iid,
      moneyPerUnit: 1000,
      planned: { '2027': 1560, '2028': 1081.6, '2029': 1124.864 },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('opens with the sentence, then the figures and tables, then how it is calculated', async () => {
    const html = plain(
      await (await t.app.request(`/sv/municipalities/SE-0483/initiatives/${iid}/calculus`)).text(),
    );
    const at = (s: string) => {
      const i = html.indexOf(s);
      expect(i, s).toBeGreaterThan(0);
      return i;
    };
    const result = at('Betalar sig 2027. Netto 2,5 mnkr på fyra år.');
    expect(at('<h1')).toBeLessThan(result);
    expect(result).toBeLessThan(at('id="calculus-summary"'));
    expect(at('id="calculus-summary"')).toBeLessThan(at('id="sensitivity-heading"'));
    // The page's own folded section, not the municipality menu in the header (also a <details>).
    expect(at('id="sensitivity-heading"')).toBeLessThan(
      at('<details class="ds-details how-we-calculate"'),
    );
    // The convention is folded away under "Så räknar vi".
    expect(at('<summary>Så räknar vi</summary>')).toBeLessThan(at('id="convention"'));
  });

  it('is summed up in the same sentence on the initiative page, linking to it', async () => {
    const html = plain(
      await (await t.app.request(`/sv/municipalities/SE-0483/initiatives/${iid}`)).text(),
    );
    expect(html).toContain(
      `<a class="ds-link" href="/sv/municipalities/SE-0483/initiatives/${iid}/calculus">Betalar sig 2027. Netto 2,5 mnkr på fyra år.</a>`,
    );
  });
});
