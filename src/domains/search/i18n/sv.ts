import type { en } from './en.ts';

/** Swedish messages of the search domain. */
export const sv: Record<keyof typeof en, string> = {
  'search.nav': 'Sök',
  'search.title': 'Sök i {name}',
  'search.lead':
    'Sök bland mål, satsningar och beslut i {name}. Sökningen hittar alla böjningsformer: ”satsning” hittar också ”satsningarna”.',
  'search.box.label': 'Sök i {name}',
  'search.label': 'Sökord',
  'search.submit': 'Sök',
  'search.empty': 'Skriv ett eller flera ord för att söka.',
  'search.count': '{count, plural, one {En träff på ”{q}”} other {# träffar på ”{q}”}}',
  'search.none': 'Ingen träff på ”{q}”.',
  'search.noneHint': 'Prova ett annat eller kortare ord, eller kontrollera stavningen.',
  'search.similar': 'Inget innehåller exakt de orden. Träffarna nedan har liknande ord.',
  'search.results': 'Träffar',
};
