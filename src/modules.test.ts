import { describe, expect, it } from 'vitest';
import { modules } from './modules.ts';
import { dictionary, languages, messageKeys, ownerOf } from './web/i18n/index.ts';

// The frame's own message families; every other key belongs to a domain and starts with its id.
const webFamilies = ['app', 'nav', 'footer', 'form', 'error'];

describe('the composed dictionaries', () => {
  const reference = Object.keys(dictionary('en')).sort();

  it.each(languages)('%s has exactly the keys of English, none empty', (lang) => {
    const dict = dictionary(lang);
    expect(Object.keys(dict).sort()).toEqual(reference);
    for (const [key, text] of Object.entries(dict)) expect(text.trim(), key).not.toBe('');
  });

  it.each(languages)('%s uses the same placeholders as English', (lang) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of reference) {
      expect(placeholders(dictionary(lang)[key] ?? ''), key).toEqual(
        placeholders(dictionary('en')[key] ?? ''),
      );
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
    for (const m of modules) {
      for (const key of Object.keys(m.messages?.en ?? {})) expect(ownerOf(key), key).toBe(m.id);
    }
  });
});
