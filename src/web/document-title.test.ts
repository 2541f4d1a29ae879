import { describe, expect, it } from 'vitest';
import '../modules.ts';
import { documentTitle, withoutMunicipality } from './document-title.ts';
import { dictionary, languages, type MessageKey, messageKeys, translator } from './i18n/index.ts';

const occurrences = (text: string, word: string) => text.split(word).length - 1;

describe('page titles', () => {
  it('take the municipality out of a page title that names it', () => {
    expect(withoutMunicipality('Goals of Botkyrka', 'Botkyrka')).toBe('Goals');
    expect(withoutMunicipality('Mål för Botkyrka', 'Botkyrka')).toBe('Mål');
    expect(withoutMunicipality('Vedtak i Asker', 'Asker')).toBe('Vedtak');
    expect(withoutMunicipality('Roadmap – Botkyrka', 'Botkyrka')).toBe('Roadmap');
    expect(withoutMunicipality('Asker: virksomhetsplan', 'Asker')).toBe('Virksomhetsplan');
    expect(withoutMunicipality('Botkyrka', 'Botkyrka')).toBe('');
    // Names with characters that mean something in a pattern.
    expect(withoutMunicipality('Roller i Porsanger (Porsáŋgu)', 'Porsanger (Porsáŋgu)')).toBe(
      'Roller',
    );
    // Anything else is left as it is.
    expect(withoutMunicipality('Digital signing', 'Botkyrka')).toBe('Digital signing');
    expect(withoutMunicipality('Botkyrkas mål', 'Botkyrka')).toBe('Botkyrkas mål');
  });

  it('read "Page – Municipality – Samskap" with every word once, for every title in every language', () => {
    const name = 'Katrineholm';
    const titleKeys = messageKeys().filter(
      (k) => /(\.title|Title)$/.test(k) && dictionary('en')[k]?.includes('{name}'),
    );
    expect(titleKeys.length).toBeGreaterThan(10);
    for (const lang of languages) {
      const t = translator(lang);
      for (const key of titleKeys) {
        const pageTitle = t(key as MessageKey, { name, department: 'Skola', title: 'X' });
        const title = documentTitle(t, pageTitle, name, false);
        expect(occurrences(title, name), `${lang} ${key}: ${title}`).toBe(1);
        expect(occurrences(title, 'Samskap'), `${lang} ${key}: ${title}`).toBe(1);
        expect(title, `${lang} ${key}`).toMatch(/^\S.* – Katrineholm – Samskap$/);
      }
    }
  });

  it('name the page, then the municipality, then Samskap; Samskap alone on its home page', () => {
    const t = translator('en');
    expect(documentTitle(t, 'Digital signing', 'Botkyrka', false)).toBe(
      'Digital signing – Botkyrka – Samskap',
    );
    expect(documentTitle(t, 'Botkyrka', 'Botkyrka', false)).toBe('Botkyrka – Samskap');
    expect(documentTitle(t, 'Samskap', undefined, false)).toBe('Samskap');
    expect(documentTitle(t, 'Log in', undefined, false)).toBe('Log in – Samskap');
  });

  it('start with "Error: " in the page\'s language when a form came back with errors', () => {
    expect(documentTitle(translator('en'), 'Goals of Asker', 'Asker', true)).toBe(
      'Error: Goals – Asker – Samskap',
    );
    expect(documentTitle(translator('sv'), 'Logga in', undefined, true)).toBe(
      'Fel: Logga in – Samskap',
    );
    expect(documentTitle(translator('nb'), 'Mål for Asker', 'Asker', true)).toBe(
      'Feil: Mål – Asker – Samskap',
    );
  });
});
