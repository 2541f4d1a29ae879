import { describe, expect, it } from 'vitest';
import { argumentNames, compile, isComplex, pluralCategories } from './icu.ts';

// A locale written out by hand, so the parser is tested apart from Intl.
const english = {
  number: (n: number) => String(n),
  plural: (n: number): Intl.LDMLPluralRule => (n === 1 ? 'one' : 'other'),
};

describe('compile', () => {
  const kommuner = '{count, plural, one {# kommun} other {# kommuner}}';

  it('chooses the option by the plural category and puts the number for #', () => {
    const f = compile(kommuner, english);
    expect(f({ count: 1 })).toBe('1 kommun');
    expect(f({ count: 0 })).toBe('0 kommuner');
    expect(f({ count: 2 })).toBe('2 kommuner');
  });

  it('prefers an exact =N option over the category', () => {
    const f = compile('{n, plural, =0 {Inga} =1 {Ett år} one {# år} other {# år}}', english);
    expect(f({ n: 0 })).toBe('Inga');
    expect(f({ n: 1 })).toBe('Ett år');
    expect(f({ n: 7 })).toBe('7 år');
  });

  it('fills plain placeholders inside and outside the options', () => {
    const f = compile(
      '{count, plural, one {En träff på ”{q}”} other {# träffar på ”{q}”}}.',
      english,
    );
    expect(f({ count: 1, q: 'skola' })).toBe('En träff på ”skola”.');
    expect(f({ count: 3, q: 'skola' })).toBe('3 träffar på ”skola”.');
  });

  it('supports select, and # of the enclosing plural inside it', () => {
    const f = compile(
      '{count, plural, one {# {kind, select, goal {mål} other {sak}}} other {# {kind, select, goal {mål} other {saker}}}}',
      english,
    );
    expect(f({ count: 1, kind: 'goal' })).toBe('1 mål');
    expect(f({ count: 2, kind: 'x' })).toBe('2 saker');
  });

  it('subtracts an offset for # and the category, not for =N', () => {
    const f = compile(
      '{n, plural, offset:1 =1 {du} one {du och # till} other {du och # till}}',
      english,
    );
    expect(f({ n: 1 })).toBe('du');
    expect(f({ n: 2 })).toBe('du och 1 till');
    expect(f({ n: 5 })).toBe('du och 4 till');
  });

  it('takes other for a missing or non-numeric count and leaves a missing placeholder as written', () => {
    const f = compile('{count, plural, one {# {unit}} other {# {unit}s}}', english);
    expect(f({ count: 'x', unit: 'day' })).toBe('# days');
    expect(f({ count: 1 })).toBe('1 {unit}');
    expect(f(undefined)).toBe('# {unit}s');
  });

  it('treats # outside a plural and apostrophes as text', () => {
    expect(compile("It's #1: {name}", english)({ name: 'x' })).toBe("It's #1: x");
  });

  it.each([
    ['{count, plural, one {# a}}', /missing "other"/],
    ['{count, plural, one {# a} other {# b}', /missing \}/],
    ['{count, plural, lots {# a} other {# b}}', /selector "lots"/],
    ['{count, plural, one {a} one {b} other {c}}', /repeated selector/],
    ['{count, number}', /argument type "number"/],
    ['a } b', /unmatched \}/],
    ['{1x}', /argument name/],
  ])('refuses %s', (message, error) => {
    expect(() => compile(message, english)).toThrow(error);
  });
});

describe('argumentNames and pluralCategories', () => {
  it('finds the arguments of plurals, selects and their options', () => {
    const m = '{count, plural, =0 {Inga} one {# av {total}} other {# av {total} i {name}}}';
    expect(argumentNames(m)).toEqual(['count', 'name', 'total']);
    expect(pluralCategories(m)).toEqual(['one', 'other']);
    expect(argumentNames('{b} och {a}')).toEqual(['a', 'b']);
  });

  it('tells plain messages from those with plural or select', () => {
    expect(isComplex('{count} kommuner')).toBe(false);
    expect(isComplex('{count, plural, other {#}}')).toBe(true);
    expect(isComplex('{ count , select, other {x}}')).toBe(true);
  });
});
