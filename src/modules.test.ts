import { describe, expect, it } from 'vitest';
import { modules } from './modules.ts';
import { argumentNames, compile, pluralCategories } from './web/i18n/icu.ts';
import { dictionary, languages, localeOf, messageKeys, ownerOf } from './web/i18n/index.ts';

// The frame's own message families; every other key belongs to a domain and starts with its id.
const webFamilies = ['app', 'nav', 'footer', 'form', 'error'];

describe('the composed dictionaries', () => {
  const reference = Object.keys(dictionary('en')).sort();
  // English is the reference: the others are compared with it, never English with itself.
  const translations = languages.filter((lang) => lang !== 'en');

  it('compares Swedish and Norwegian with an English dictionary that has messages', () => {
    expect(translations).toEqual(['sv', 'nb']);
    expect(reference.length).toBeGreaterThan(100);
  });

  it.each(translations)('%s has exactly the keys of English', (lang) => {
    expect(Object.keys(dictionary(lang)).sort()).toEqual(reference);
  });

  it.each(languages)('%s has no empty message', (lang) => {
    for (const [key, text] of Object.entries(dictionary(lang)))
      expect(text.trim(), key).not.toBe('');
  });

  it.each(translations)('%s uses the same placeholders as English', (lang) => {
    for (const key of reference) {
      expect(argumentNames(dictionary(lang)[key] ?? ''), key).toEqual(
        argumentNames(dictionary('en')[key] ?? ''),
      );
    }
  });

  it.each(languages)('%s messages all compile, with plural forms the language has', (lang) => {
    const rules = new Intl.PluralRules(localeOf[lang]);
    const known = new Set<string>(rules.resolvedOptions().pluralCategories);
    const locale = { number: String, plural: (n: number) => rules.select(n) };
    for (const [key, text] of Object.entries(dictionary(lang))) {
      expect(() => compile(text, locale), key).not.toThrow();
      for (const category of pluralCategories(text)) {
        expect(known.has(category), `${key}: ${category}`).toBe(true);
      }
    }
  });

  it('says counts with plural forms in every language', () => {
    // A number right before a plural noun in English ("{count} initiatives") reads "1 initiatives":
    // such a count must be a plural argument, and it must be one in sv and nb too.
    const bareCounts = Object.entries(dictionary('en')).filter(([, text]) =>
      /\{\w+\} [a-z-]{2,}s\b/.test(text),
    );
    expect(bareCounts.map(([key]) => key)).toEqual([]);
    const pluralArgs = (text: string) =>
      [...text.matchAll(/\{\s*(\w+)\s*,\s*plural\s*,/g)].map((m) => m[1]).sort();
    for (const key of reference) {
      const english = pluralArgs(dictionary('en')[key] ?? '');
      for (const lang of translations) {
        expect(pluralArgs(dictionary(lang)[key] ?? ''), `${lang} ${key}`).toEqual(english);
      }
    }
  });

  it("prefixes every key with its owner's id", () => {
    const misplaced = messageKeys().filter((key) => {
      const owner = ownerOf(key);
      const family = key.split('.')[0] ?? '';
      return owner === 'web' ? !webFamilies.includes(family) : family !== owner;
    });
    expect(misplaced).toEqual([]);
  });
});

describe('the modules', () => {
  it('have unique ids', () => {
    const ids = modules.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('register every message of theirs', () => {
    let checked = 0;
    for (const m of modules) {
      for (const key of Object.keys(m.messages?.en ?? {})) {
        expect(ownerOf(key), key).toBe(m.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
