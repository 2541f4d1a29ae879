import { type Actor, effectiveGrants } from '../../vocabulary/actor.ts';
import type { Lang } from '../../web/i18n/index.ts';

export type Country = 'SE' | 'NO';

/**
 * The reader's own country, which lists of both countries show first: the country of the page's
 * language (sv → Sweden, nb → Norway). On an English page it is Norway for someone who holds a
 * role in a Norwegian municipality or county, else Sweden.
 */
export function ownCountry(lang: Lang, actor: Actor): Country {
  if (lang === 'sv') return 'SE';
  if (lang === 'nb') return 'NO';
  const places = effectiveGrants(actor).map((g) =>
    g.role === 'coordinator' ? (g.countyId ?? '') : g.municipalityId,
  );
  return places.some((id) => id.startsWith('NO-')) ? 'NO' : 'SE';
}

/** The two countries, the own one first. */
export function countriesInOrder(own: Country): [Country, Country] {
  return own === 'NO' ? ['NO', 'SE'] : ['SE', 'NO'];
}

/** The items of the own country first, each country's items in the order they came. */
export function ownCountryFirst<T>(
  items: readonly T[],
  countryOf: (item: T) => string,
  own: Country,
): T[] {
  return [
    ...items.filter((x) => countryOf(x) === own),
    ...items.filter((x) => countryOf(x) !== own),
  ];
}
