import type { SearchLanguage } from '../../db/text-search.ts';
import { countryConventions } from '../../web/i18n/index.ts';

/**
 * The languages residents' proposals and challenges are searched in: their countries'. Each row
 * keeps its vector in its municipality's language (migration 0040).
 */
export const dialogSearchLanguages: readonly SearchLanguage[] = [
  ...new Set(Object.values(countryConventions).map((c) => c.lang)),
].filter((lang): lang is SearchLanguage => lang !== 'en');
