import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/csv.ts';
import { ALL_STAGES, checkMove, nextStages } from '../steering/stages.ts';
import { cycleAfter } from './dependency-check.ts';
import { isRealDate, parseAmount, parseCompetences, parseDecimal } from './initiative.inputs.ts';

describe('stage moves', () => {
  it('go one step forward or back, or to stopped from an active stage', () => {
    expect(nextStages('idea')).toEqual(['assessed', 'stopped']);
    expect(nextStages('assessed')).toEqual(['idea', 'prioritised', 'stopped']);
    expect(nextStages('prioritised')).toEqual(['assessed', 'pilot', 'stopped']);
    // pilot → scaling is the scale gate's, not the stage form's.
    expect(nextStages('pilot')).toEqual(['prioritised', 'stopped']);
    expect(nextStages('scaling')).toEqual(['pilot', 'operation', 'stopped']);
    expect(nextStages('operation')).toEqual([]);
    expect(nextStages('stopped')).toEqual([]);
  });

  it('name why a move is refused', () => {
    expect(checkMove('pilot', 'scaling')).toEqual({ ok: false, reason: 'gate' });
    expect(checkMove('idea', 'pilot')).toEqual({ ok: false, reason: 'notAllowed' });
    expect(checkMove('idea', 'idea')).toEqual({ ok: false, reason: 'same' });
    expect(checkMove('idea', 'flying')).toEqual({ ok: false, reason: 'unknown' });
    expect(checkMove('stopped', 'idea')).toEqual({ ok: false, reason: 'final' });
    expect(checkMove('operation', 'stopped')).toEqual({ ok: false, reason: 'final' });
  });

  it('every allowed move is between neighbours or to stopped (property over all pairs)', () => {
    const order = ALL_STAGES.slice(0, 6) as readonly string[];
    for (const from of ALL_STAGES)
      for (const to of ALL_STAGES) {
        if (!checkMove(from, to).ok) continue;
        const ok = to === 'stopped' || Math.abs(order.indexOf(to) - order.indexOf(from)) === 1;
        expect(ok, `${from} → ${to}`).toBe(true);
        expect(`${from}→${to}`).not.toBe('pilot→scaling');
      }
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvCell('+46 8 123')).toBe("'+46 8 123");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('round-trips through a CSV parser', () => {
    const rows = [
      ['Digital "nattillsyn", hemtjänst', 'rad 1\r\nrad 2', '=HYPERLINK("x")', 3],
      ['', 'ÅÄÖ æøå', '@here', 0],
    ];
    const text = toCsv(['a', 'b', 'c', 'd'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const back = parse(text, { columns: true });
    expect(back).toEqual([
      { a: 'Digital "nattillsyn", hemtjänst', b: 'rad 1\r\nrad 2', c: `'=HYPERLINK("x")`, d: '3' },
      { a: '', b: 'ÅÄÖ æøå', c: "'@here", d: '0' },
    ]);
  });
});

describe('dependency cycles', () => {
  const e = (initiativeId: string, dependsOnId: string) => ({ initiativeId, dependsOnId });
  it('finds the cycle a new dependency would close, starting at the changed initiative', () => {
    const edges = [e('b', 'c'), e('c', 'a')];
    expect(cycleAfter(edges, 'a', ['b'])).toEqual(['a', 'b', 'c']);
    expect(cycleAfter(edges, 'a', [])).toBeNull();
    expect(cycleAfter(edges, 'd', ['a', 'b'])).toBeNull();
    expect(cycleAfter([], 'a', ['a'])).toEqual(['a']);
  });
  it('replaces the changed initiative’s old edges instead of adding to them', () => {
    // b wanting a while a depends on b closes a cycle; a switching from b to c does not.
    expect(cycleAfter([e('a', 'b')], 'b', ['a'])).toEqual(['b', 'a']);
    expect(cycleAfter([e('a', 'b')], 'a', ['c'])).toBeNull();
  });
});

describe('form values', () => {
  it('amounts accept Nordic typing and refuse the rest', () => {
    expect(parseAmount('1 250 000,50')).toBe(1250000.5);
    expect(parseAmount('')).toBe(0);
    expect(parseAmount('-5')).toBe('range');
    expect(parseAmount('1e13')).toBe('invalid');
    expect(parseAmount('2000000000000')).toBe('range');
    expect(parseAmount('abc')).toBe('invalid');
    expect(parseAmount('<script>')).toBe('invalid');
  });
  it('dates must be real and in range', () => {
    expect(isRealDate('2027-02-28')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('1999-12-31')).toBe(false);
    expect(isRealDate('2101-01-01')).toBe(false);
    expect(isRealDate('2027-1-1')).toBe(false);
  });
  it('competences and decimals', () => {
    expect(parseCompetences('tjänstedesign,  Dataskydd ,tjänstedesign')).toEqual([
      'Dataskydd',
      'tjänstedesign',
    ]);
    expect(parseCompetences(Array.from({ length: 31 }, (_, i) => `k${i}`).join(','))).toBe(
      'tooMany',
    );
    expect(parseCompetences('x'.repeat(81))).toBe('tooLong');
    expect(parseDecimal('0,5')).toBe(0.5);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('-1')).toBeNaN();
  });
});
