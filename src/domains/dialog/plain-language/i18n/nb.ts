import type { en } from './en.ts';

/** Norwegian (bokmål) messages of plain-language help. */
export const nb: Record<keyof typeof en, string> = {
  'plainLanguage.title': 'Hvor lett er teksten å lese?',
  'plainLanguage.lead':
    'Lesbarhetsindeksen LIX teller lange setninger og lange ord. Sikt mot under 40 i tekster til innbyggere.',
  'plainLanguage.check': 'Sjekk lesbarheten',
  'plainLanguage.score': '{field}: LIX {score}, {band}.',
  'plainLanguage.band.veryEasy': 'svært lettlest',
  'plainLanguage.band.easy': 'lettlest',
  'plainLanguage.band.medium': 'middels, som en dagsavis',
  'plainLanguage.band.hard': 'vanskelig, som en offentlig utredning',
  'plainLanguage.band.veryHard': 'svært vanskelig, som en lovtekst',
  'plainLanguage.counts':
    '{words, plural, one {# ord} other {# ord}} i {sentences, plural, one {# setning} other {# setninger}}, {longWords, plural, one {# langt ord} other {# lange ord}} (mer enn seks bokstaver).',
  'plainLanguage.longestSentences': 'Lengste setninger: kan du dele dem opp?',
  'plainLanguage.sentenceWords': '{count, plural, one {# ord} other {# ord}}',
  'plainLanguage.longestWords': 'Lengste ord: finnes det et kortere?',
};
