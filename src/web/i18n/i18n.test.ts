import { afterEach, describe, expect, it } from 'vitest';
import { day } from './dates.ts';
import {
  currencySymbol,
  isMessageKey,
  type MessageKey,
  negotiateLanguage,
  registerMessages as register,
  translator,
} from './index.ts';

// The registry is the process's own: other test files running after this one in the same worker
// must not find these test messages in it.
const registered: (() => void)[] = [];
afterEach(() => {
  for (const unregister of registered.splice(0)) unregister();
});
const registerMessages = (...args: Parameters<typeof register>) => {
  registered.push(register(...args));
};

describe('registerMessages', () => {
  const set = (key: string) => ({ en: { [key]: 'x' }, sv: { [key]: 'x' }, nb: { [key]: 'x' } });

  it('refuses a key that is already defined, naming both owners', () => {
    registerMessages('first', set('test.unique'));
    expect(() => registerMessages('second', set('test.unique'))).toThrow(
      /"test\.unique" is defined by both first and second/,
    );
    expect(() => registerMessages('third', set('nav.skip'))).toThrow(/both web and third/);
  });

  it.each(['sv', 'nb'] as const)('refuses %s messages whose keys differ from English', (lang) => {
    // Keys of this case's own, so that a wrongly accepted set cannot trip the other case.
    const [a, b, c] = ['a', 'b', 'c'].map((k) => `test.${lang}.${k}`);
    const english = { [a!]: 'a' };
    const missing = { en: english, sv: english, nb: english, [lang]: { [b!]: 'b' } };
    expect(() => registerMessages('broken', missing)).toThrow(
      new RegExp(`broken's ${lang} messages differ from English: ${a}, ${b}$`),
    );
    const extra = { en: english, sv: english, nb: english, [lang]: { ...english, [c!]: 'c' } };
    expect(() => registerMessages('broken', extra)).toThrow(
      new RegExp(`broken's ${lang} messages differ from English: ${c}$`),
    );
    expect(isMessageKey(a!)).toBe(false);
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

  it("chooses plural forms by each locale's rules, with localised numbers", () => {
    registerMessages('plural', {
      en: { 'plural.m': '{count, plural, one {# municipality} other {# municipalities}}' },
      sv: { 'plural.m': '{count, plural, one {# kommun} other {# kommuner}}' },
      nb: { 'plural.m': '{count, plural, one {# kommune} other {# kommuner}}' },
    });
    const key = 'plural.m' as MessageKey;
    const [sv, nb, en] = [translator('sv'), translator('nb'), translator('en')];
    expect(sv(key, { count: 1 })).toBe('1 kommun');
    expect(sv(key, { count: 2 })).toBe('2 kommuner');
    expect(sv(key, { count: 0 })).toBe('0 kommuner');
    expect(nb(key, { count: 1 })).toBe('1 kommune');
    expect(nb(key, { count: 0 })).toBe('0 kommuner');
    expect(en(key, { count: 1 })).toBe('1 municipality');
    expect(en(key, { count: 0 })).toBe('0 municipalities');
    // 1 234 with a no-break space in sv and nb, 1,234 in en.
    expect(sv(key, { count: 1234 })).toBe('1\u00a0234 kommuner');
    expect(nb(key, { count: 1234 })).toBe('1\u00a0234 kommuner');
    expect(en(key, { count: 1234 })).toBe('1,234 municipalities');
    // The same compiled message serves the next call.
    expect(sv(key, { count: 1 })).toBe('1 kommun');
  });

  it('formats dates per locale', () => {
    const d = new Date('2026-03-05T12:00:00Z');
    expect(translator('sv').date(d)).toBe('5 mars 2026');
    expect(translator('en').date(d)).toBe('5 Mar 2026');
    expect(translator('nb').date(d)).toMatch(/^5\. mars 2026$/);
  });

  it('shows a calendar date as that very day in every time zone', () => {
    expect(day(translator('sv'), '2026-03-05')).toBe('5 mars 2026');
    expect(day(translator('en'), '2026-12-31')).toBe('31 Dec 2026');
    // Read at midnight UTC, the date would show as the day before west of UTC.
    for (const zone of ['Europe/Stockholm', 'Europe/Oslo', 'America/Halifax']) {
      expect(day(translator('en').inZone(zone), '2026-01-01'), zone).toBe('1 Jan 2026');
    }
  });

  it("shows times in the municipality's time zone, not the page language's", () => {
    // 23:30 UTC on 31 March 2026 is already 1 April in Stockholm and Oslo (summer time, +2),
    // while a zone west of UTC is still on 31 March.
    const late = new Date('2026-03-31T23:30:00Z');
    const en = translator('en');
    expect(en.timeZone).toBe('Europe/Stockholm');
    expect(en.date(late)).toBe('1 Apr 2026');
    expect(en.inZone('America/Halifax').date(late)).toBe('31 Mar 2026');
    expect(en.inZone('America/Halifax').date(late, true)).toBe('31 Mar 2026, 20:30');
    expect(translator('sv').forCountry('NO').date(late, true)).toBe('1 apr. 2026 01:30');
    expect(translator('nb').forCountry('NO').timeZone).toBe('Europe/Oslo');
    expect(translator('sv').forCountry('NO').timeZone).toBe('Europe/Oslo');
    expect(translator('nb').forCountry('SE').timeZone).toBe('Europe/Stockholm');
    // "Today" is the municipality's calendar day, not the UTC one.
    expect(translator('sv').forCountry('NO').day(late)).toBe('2026-04-01');
    expect(en.inZone('America/Halifax').day(late)).toBe('2026-03-31');
    expect(en.inZone('UTC').day(late)).toBe('2026-03-31');
    // An hour earlier in winter: 23:30 UTC on 5 January is 00:30 on 6 January in Oslo.
    expect(translator('en').forCountry('NO').date(new Date('2026-01-05T23:30:00Z'), true)).toBe(
      '6 Jan 2026, 00:30',
    );
  });

  it("marks a municipality's content with its country's language", () => {
    expect(translator('en').forCountry('SE').contentLang).toBe('sv');
    expect(translator('sv').forCountry('NO').contentLang).toBe('nb');
    expect(translator('sv').contentLang).toBe('sv');
    expect(translator('nb').forCountry('XX').contentLang).toBe('nb');
  });
});

describe('currencySymbol', () => {
  it('writes the currency as the page language does', () => {
    expect(currencySymbol(translator('sv'), 'SEK')).toBe('kr');
    expect(currencySymbol(translator('nb'), 'NOK')).toBe('kr');
    expect(currencySymbol(translator('sv'), 'NOK')).toBe('Nkr');
    expect(currencySymbol(translator('nb'), 'SEK')).toBe('SEK');
    expect(currencySymbol(translator('en'), 'SEK')).toBe('SEK');
    expect(currencySymbol(translator('en'), 'not a code')).toBe('not a code');
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
