import { countryConventions } from '../../../web/i18n/index.ts';

/** The countries whose municipalities share cases: those the platform has conventions for. */
export const caseCountries = Object.keys(countryConventions) as [string, ...string[]];

/** A county id of a country that shares cases, such as `SE-01` or `NO-32`. */
export const caseCountyPattern = new RegExp(`^(${caseCountries.join('|')})-\\d{2}$`);

export const isCaseCounty = (value: string): boolean => caseCountyPattern.test(value);
