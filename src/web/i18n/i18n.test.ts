import { describe, expect, it } from 'vitest';
import { dictionaries, languages, negotiateLanguage, translator } from './index.ts';

describe('dictionaries', () => {
  const reference = Object.keys(dictionaries.en).sort();

  it.each(languages)('%s has exactly the keys of the others, none empty', (lang) => {
    const dict = dictionaries[lang];
    expect(Object.keys(dict).sort()).toEqual(reference);
    for (const [key, text] of Object.entries(dict)) expect(text.trim(), key).not.toBe('');
  });

  it.each(languages)('%s uses the same placeholders as English', (lang) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of reference) {
      const k = key as keyof typeof dictionaries.en;
      expect(placeholders(dictionaries[lang][k]), key).toEqual(placeholders(dictionaries.en[k]));
    }
  });
});

describe('translator', () => {
  it('fills placeholders and formats numbers per locale', () => {
    // 1234 is written with a (no-break) space as thousands separator in sv and nb, a comma in en.
    expect(translator('en')('municipalities.results', { count: 1234 })).toBe(
      '1,234 municipalities',
    );
    expect(translator('sv')('municipalities.results', { count: 1234 })).toMatch(
      /^1\s234 kommuner$/,
    );
    expect(translator('nb')('municipalities.results', { count: 1234 })).toMatch(
      /^1\s234 kommuner$/,
    );
  });

  it('formats dates per locale', () => {
    const d = new Date('2026-03-05T12:00:00Z');
    expect(translator('sv').date(d)).toBe('5 mars 2026');
    expect(translator('en').date(d)).toBe('5 Mar 2026');
    expect(translator('nb').date(d)).toMatch(/^5\. mars 2026$/);
  });
});

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'sv'],
    ['', 'sv'],
    ['nb-NO,nb;q=0.9,en;q=0.5', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,en;q=0.3,sv;q=0.7', 'sv'],
    ['fr', 'sv'],
    ['en;q=0,sv;q=0', 'sv'],
    ['garbage;;;q=abc', 'sv'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
