import type { en } from './en.ts';

/** Norwegian bokmål messages of the search domain. */
export const nb: Record<keyof typeof en, string> = {
  'search.nav': 'Søk',
  'search.title': 'Søk i {name}',
  'search.lead':
    'Søk blant mål, satsinger og vedtak i {name}. Søket finner alle bøyningsformer: «satsing» finner også «satsingene».',
  'search.box.label': 'Søk i {name}',
  'search.label': 'Søkeord',
  'search.submit': 'Søk',
  'search.empty': 'Skriv ett eller flere ord for å søke.',
  'search.count': '{count, plural, one {Ett treff på «{q}»} other {# treff på «{q}»}}',
  'search.none': 'Ingen treff på «{q}».',
  'search.noneHint': 'Prøv et annet eller kortere ord, eller sjekk stavemåten.',
  'search.similar':
    'Ingenting inneholder akkurat disse ordene. Treffene nedenfor har lignende ord.',
  'search.results': 'Treff',
};
