import type { en } from './en.ts';

/** Swedish messages of plain-language help. */
export const sv: Record<keyof typeof en, string> = {
  'plainLanguage.title': 'Hur lätt är texten att läsa?',
  'plainLanguage.lead':
    'Läsbarhetsindexet LIX räknar långa meningar och långa ord. Sikta på under 40 i texter till invånare.',
  'plainLanguage.check': 'Kontrollera läsbarheten',
  'plainLanguage.score': '{field}: LIX {score}, {band}.',
  'plainLanguage.band.veryEasy': 'mycket lättläst',
  'plainLanguage.band.easy': 'lättläst',
  'plainLanguage.band.medium': 'medelsvår, som en dagstidning',
  'plainLanguage.band.hard': 'svår, som en officiell utredning',
  'plainLanguage.band.veryHard': 'mycket svår, som en lagtext',
  'plainLanguage.counts':
    '{words, plural, one {# ord} other {# ord}} i {sentences, plural, one {# mening} other {# meningar}}, {longWords, plural, one {# långt ord} other {# långa ord}} (fler än sex bokstäver).',
  'plainLanguage.longestSentences': 'Längsta meningarna: kan du dela upp dem?',
  'plainLanguage.sentenceWords': '{count, plural, one {# ord} other {# ord}}',
  'plainLanguage.longestWords': 'Längsta orden: finns det ett kortare?',
};
