import { describe, expect, it } from 'vitest';
import { lixBand, readability } from './lix.ts';

// Every expected score below is counted by hand from the text: words, sentences and long words
// (more than 6 letters), then LIX = words / sentences + 100 · long words / words.

describe('readability', () => {
  it('scores a short Swedish text', () => {
    // "Vi bygger en ny skola." → 5 words; long: none ("bygger" has 6 letters, not more).
    // "Den öppnar i augusti." → 4 words; long: "augusti" (7).
    // 9 words, 2 sentences, 1 long word: 9/2 + 100·1/9 = 4.5 + 11.11… = 15.61…
    const r = readability('Vi bygger en ny skola. Den öppnar i augusti.');
    expect(r?.words).toBe(9);
    expect(r?.sentences).toBe(2);
    expect(r?.longWords).toBe(1);
    expect(r?.lix).toBeCloseTo(9 / 2 + 100 / 9, 10);
    expect(r?.band).toBe('veryEasy');
    expect(r?.longestWords).toEqual(['augusti']);
  });

  it('scores a heavy Norwegian text', () => {
    // One sentence of 10 words:
    // Kommunestyret(13) vedtok(6) reguleringsplanen(17) for(3) sentrumsområdet(15) etter(5)
    // omfattende(10) medvirkning(11) fra(3) innbyggerne(11) → long: 6 (all but vedtok, for, etter, fra).
    // 10/1 + 100·6/10 = 10 + 60 = 70
    const text =
      'Kommunestyret vedtok reguleringsplanen for sentrumsområdet etter omfattende medvirkning fra innbyggerne.';
    const r = readability(text);
    expect(r?.words).toBe(10);
    expect(r?.sentences).toBe(1);
    expect(r?.longWords).toBe(6);
    expect(r?.lix).toBe(70);
    expect(r?.band).toBe('veryHard');
    expect(r?.longestWords).toEqual([
      'reguleringsplanen',
      'sentrumsområdet',
      'Kommunestyret',
      'medvirkning',
      'innbyggerne',
    ]);
  });

  it('keeps abbreviations and decimals inside their sentence and ends one at a blank line', () => {
    // Sentence 1: "Skolor t.ex. får 12.5 miljoner kronor" → Skolor, t, ex, får, 12, 5, miljoner,
    //   kronor = 8 words ("t.ex." is two words; a full stop is no joiner), long: miljoner (8) = 1.
    // Sentence 2 (a heading without a full stop, then a blank line): "Nyheter i korthet" →
    //   3 words, long: Nyheter (7), korthet (7) = 2.
    // Sentence 3: "Läs mer!" → 2 words, long: none.
    // 13 words, 3 sentences, 3 long: 13/3 + 300/13 = 4.333… + 23.076… = 27.41…
    const text = 'Nyheter i korthet\n\nSkolor t.ex. får 12.5 miljoner kronor. Läs mer!';
    const r = readability(text);
    expect(r?.words).toBe(13);
    expect(r?.sentences).toBe(3);
    expect(r?.longWords).toBe(3);
    expect(r?.lix).toBeCloseTo(13 / 3 + 300 / 13, 10);
    expect(r?.longestSentences.map((s) => s.words)).toEqual([8, 3, 2]);
    expect(r?.longestSentences[0]?.text).toBe('Skolor t.ex. får 12.5 miljoner kronor.');
  });

  it('counts a hyphenated word once and only its letters towards length', () => {
    // "E-tjänsten öppnar 2027." → E-tjänsten (9 letters, long), öppnar (6), 2027 (no letters):
    // 3 words, 1 sentence, 1 long: 3 + 100/3 = 36.33…
    const r = readability('E-tjänsten öppnar 2027.');
    expect(r?.words).toBe(3);
    expect(r?.longWords).toBe(1);
    expect(r?.lix).toBeCloseTo(3 + 100 / 3, 10);
    expect(r?.band).toBe('easy');
  });

  it('lists a long word once, as first written', () => {
    // "Biblioteket har öppet. biblioteket stänger": the small letter after the full stop does not
    // end the sentence, so one sentence of 5 words (Biblioteket, har, öppet, biblioteket, stänger);
    // long: Biblioteket (11), biblioteket (11), stänger (7) = 3: 5/1 + 100·3/5 = 65.
    const r = readability('Biblioteket har öppet. biblioteket stänger');
    expect(r?.sentences).toBe(1);
    expect(r?.longWords).toBe(3);
    expect(r?.lix).toBe(65);
    expect(r?.longestWords).toEqual(['Biblioteket', 'stänger']);
  });

  it('answers null for a text without words', () => {
    expect(readability('')).toBeNull();
    expect(readability(' … — !? \n\n ')).toBeNull();
  });
});

describe('lixBand', () => {
  it('puts each limit in the band above it, except 60, which is still hard', () => {
    expect([29.99, 30, 39.99, 40, 49.99, 50, 60, 60.01].map(lixBand)).toEqual([
      'veryEasy',
      'easy',
      'easy',
      'medium',
      'medium',
      'hard',
      'hard',
      'veryHard',
    ]);
  });
});
