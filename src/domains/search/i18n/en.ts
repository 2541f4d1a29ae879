import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the search domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'search.nav': 'Search',
  'search.title': 'Search in {name}',
  'search.lead':
    'Search the goals, initiatives and decisions of {name}. Words are found in all their forms: “initiative” also finds “initiatives”.',
  'search.box.label': 'Search in {name}',
  'search.label': 'Search words',
  'search.submit': 'Search',
  'search.empty': 'Write one or more words to search.',
  'search.count': '{count, plural, one {One result for “{q}”} other {# results for “{q}”}}',
  'search.none': 'Nothing found for “{q}”.',
  'search.noneHint': 'Try another word or a shorter one, or check the spelling.',
  'search.similar': 'Nothing contains exactly these words. The results below have similar words.',
  'search.results': 'Results',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
