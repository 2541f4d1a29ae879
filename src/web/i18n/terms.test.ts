import { describe, expect, it } from 'vitest';
import '../../modules.ts';
import { dictionary } from './index.ts';
import { terms } from './terms.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A whole word or phrase: no letter or digit directly before or after (\b knows only ASCII).
const wholeWord = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu');

describe('the term list', () => {
  it.each(['sv', 'nb'] as const)('no %s message uses a word the term list avoids', (lang) => {
    const found: string[] = [];
    for (const [key, text] of Object.entries(dictionary(lang))) {
      for (const term of terms) {
        for (const word of term.avoid[lang] ?? []) {
          const allowed = term.allowed?.some((a) => a.key === key && a.word === word);
          if (!allowed && wholeWord(word).test(text)) {
            found.push(`${key}: "${word}" (${term.concept}: say "${term[lang]}")`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it.each(['sv', 'nb', 'en'] as const)('every %s term is in use in the dictionaries', (lang) => {
    const all = Object.values(dictionary(lang)).join('\n').toLowerCase();
    const unused = terms
      .filter((term) => !term.glossaryOnly)
      .flatMap((term) => term[lang].split(/ \/ |, /).map((w) => w.replace(/ \(.*\)$/, '')))
      .filter((word) => !all.includes(word.toLowerCase()));
    expect(unused).toEqual([]);
  });

  it('finds an avoided word as a whole word only, in any case', () => {
    expect(wholeWord('fas').test('Satsningar efter Fas')).toBe(true);
    expect(wholeWord('fas').test('fasad och fast')).toBe(false);
    expect(wholeWord('port').test('rapporten')).toBe(false);
    expect(wholeWord('målnivå').test('målnivåer')).toBe(false);
    expect(wholeWord('mill. NOK').test('2 mill. NOK')).toBe(true);
  });

  it('lets an allowed use through and nothing else', () => {
    // The allowlist names real keys that still hold the word; a stale entry is an error.
    for (const term of terms) {
      for (const { key, word } of term.allowed ?? []) {
        const texts = [dictionary('sv')[key], dictionary('nb')[key]].filter(
          (t): t is string => t !== undefined,
        );
        expect(texts.length, key).toBeGreaterThan(0);
        expect(
          texts.some((t) => wholeWord(word).test(t)),
          `${key} ${word}`,
        ).toBe(true);
      }
    }
  });
});
