import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of plain-language help. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'plainLanguage.title': 'How easy is the text to read?',
  'plainLanguage.lead':
    'The readability index LIX counts long sentences and long words. Aim for below 40 in texts for residents.',
  'plainLanguage.check': 'Check readability',
  'plainLanguage.score': '{field}: LIX {score}, {band}.',
  'plainLanguage.band.veryEasy': 'very easy to read',
  'plainLanguage.band.easy': 'easy to read',
  'plainLanguage.band.medium': 'medium, like a daily newspaper',
  'plainLanguage.band.hard': 'hard, like a formal report',
  'plainLanguage.band.veryHard': 'very hard, like a legal text',
  'plainLanguage.counts':
    '{words, plural, one {# word} other {# words}} in {sentences, plural, one {# sentence} other {# sentences}}, {longWords, plural, one {# long word} other {# long words}} (more than six letters).',
  'plainLanguage.longestSentences': 'Longest sentences: can you split them?',
  'plainLanguage.sentenceWords': '{count, plural, one {# word} other {# words}}',
  'plainLanguage.longestWords': 'Longest words: is there a shorter one?',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
