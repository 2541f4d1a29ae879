import { describe, expect, it } from 'vitest';
import { INTEGER_MAX, parseStrictInteger } from './integer.ts';

describe('parseStrictInteger', () => {
  it('reads plain decimal digits within the range', () => {
    expect(parseStrictInteger('0')).toBe(0);
    expect(parseStrictInteger('2027')).toBe(2027);
    expect(parseStrictInteger(String(INTEGER_MAX))).toBe(INTEGER_MAX);
    expect(parseStrictInteger('2027', { min: 2000, max: 2100 })).toBe(2027);
  });

  it('refuses every other way of writing a number, and numbers out of range', () => {
    for (const text of [
      '',
      ' 1',
      '1 ',
      '+1',
      '-1',
      '01',
      '1.0',
      '1e3',
      '1e308',
      '0x10',
      'NaN',
      'Infinity',
      '９',
      String(INTEGER_MAX + 1),
      '9999999999999999999',
    ]) {
      expect(parseStrictInteger(text), text).toBeUndefined();
    }
    expect(parseStrictInteger('1999', { min: 2000 })).toBeUndefined();
    expect(parseStrictInteger('2101', { max: 2100 })).toBeUndefined();
  });
});
