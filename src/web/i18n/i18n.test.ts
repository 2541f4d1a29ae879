import { describe, expect, it } from 'vitest';
import {
  isMessageKey,
  type MessageKey,
  negotiateLanguage,
  registerMessages,
  translator,
} from './index.ts';

describe('registerMessages', () => {
  const set = (key: string) => ({ en: { [key]: 'x' }, sv: { [key]: 'x' }, nb: { [key]: 'x' } });

  it('refuses a key that is already defined, naming both owners', () => {
    registerMessages('first', set('test.unique'));
    expect(() => registerMessages('second', set('test.unique'))).toThrow(
      /"test\.unique" is defined by both first and second/,
    );
    expect(() => registerMessages('third', set('nav.skip'))).toThrow(/both web and third/);
  });

  it('refuses a language whose keys differ from English', () => {
    const broken = { en: { 'test.a': 'a' }, sv: { 'test.a': 'a' }, nb: { 'test.b': 'b' } };
    expect(() => registerMessages('broken', broken)).toThrow(
      /nb messages differ.*test\.a, test\.b/,
    );
    expect(isMessageKey('test.a')).toBe(false);
  });
});

describe('translator', () => {
  it('fills placeholders and formats numbers per locale', () => {
    registerMessages('test', {
      en: { 'test.results': '{count} municipalities' },
      sv: { 'test.results': '{count} kommuner' },
      nb: { 'test.results': '{count} kommuner' },
    });
    // 1234 is written with a (no-break) space as thousands separator in sv and nb, a comma in en.
    expect(translator('en')('test.results' as MessageKey, { count: 1234 })).toBe(
      '1,234 municipalities',
    );
    expect(translator('sv')('test.results' as MessageKey, { count: 1234 })).toMatch(
      /^1\s234 kommuner$/,
    );
    expect(translator('nb')('test.results' as MessageKey, { count: 1234 })).toMatch(
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
