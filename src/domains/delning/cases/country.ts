import { countryConventions } from '../../../web/i18n/index.ts';

/** The countries whose municipalities share cases: those the platform has conventions for. */
export const caseCountries = Object.keys(countryConventions) as [string, ...string[]];

type Conventions = (typeof countryConventions)[string];
const sweden = countryConventions.SE as Conventions;

/**
 * The language (and text-search configuration), time zone and currency of a country's
 * municipalities; Sweden's for a country the platform does not know, as the registry has none.
 */
export function conventionsOf(country: string): Conventions {
  return countryConventions[country] ?? sweden;
}

/** A county id of a country that shares cases, such as `SE-01` or `NO-32`. */
export const caseCountyPattern = new RegExp(`^(${caseCountries.join('|')})-\\d{2}$`);

export const isCaseCounty = (value: string): boolean => caseCountyPattern.test(value);
