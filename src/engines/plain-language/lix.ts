export type LixBand = 'veryEasy' | 'easy' | 'medium' | 'hard' | 'veryHard';

export type Readability = {
  lix: number;
  band: LixBand;
  words: number;
  sentences: number;
  longWords: number;
  /** Up to 3, longest first (ties in text order). */
  longestSentences: { text: string; words: number }[];
  /** Up to 5 distinct long words, longest first (ties in text order). */
  longestWords: string[];
};

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;
// A full stop only ends a sentence before a capital, a digit or an opening quote or bracket, so
// abbreviations such as "t.ex. skolor" and numbers such as "12.5" stay inside their sentence.
const SENTENCE_END = /(?<=[.!?:])\s+(?=[\p{Lu}\p{N}"'«„“”(])|\n[^\S\n]*\n\s*/u;
const LONG_WORD_LETTERS = 6;

function lettersIn(word: string): number {
  return word.match(LETTER)?.length ?? 0;
}

/** The band a LIX score falls in; the limits are those of the Swedish and Norwegian guides. */
export function lixBand(lix: number): LixBand {
  if (lix < 30) return 'veryEasy';
  if (lix < 40) return 'easy';
  if (lix < 50) return 'medium';
  if (lix <= 60) return 'hard';
  return 'veryHard';
}

/** Scores a text; null when it has no words. */
export function readability(text: string): Readability | null {
  const sentences = text
    .split(SENTENCE_END)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .map((s) => ({ text: s, words: s.match(WORD) ?? [] }))
    .filter((s) => s.words.length > 0);
  const words = sentences.flatMap((s) => s.words);
  if (words.length === 0) return null;
  const long = words.filter((w) => lettersIn(w) > LONG_WORD_LETTERS);
  const lix = words.length / sentences.length + (100 * long.length) / words.length;
  return {
    lix,
    band: lixBand(lix),
    words: words.length,
    sentences: sentences.length,
    longWords: long.length,
    longestSentences: [...sentences]
      .map((s, index) => ({ text: s.text, words: s.words.length, index }))
      .sort((a, b) => b.words - a.words || a.index - b.index)
      .slice(0, 3)
      .map(({ text, words }) => ({ text, words })),
    // Each word once, as first written, whatever its case later.
    longestWords: [...new Map(long.map((w) => [w.toLowerCase(), w] as const).reverse()).values()]
      .reverse()
      .map((w, index) => ({ w, index }))
      .sort((a, b) => lettersIn(b.w) - lettersIn(a.w) || a.index - b.index)
      .slice(0, 5)
      .map(({ w }) => w),
  };
}
