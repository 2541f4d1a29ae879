import type { Db } from '../db/client.ts';
import type { Highlighted } from '../db/text-search.ts';
import type { Actor } from '../vocabulary/actor.ts';
import type { Lang, MessageKey } from './i18n/index.ts';

export type { Highlighted } from '../db/text-search.ts';

/** The longest search text taken; a longer one is cut here (forms) or refused (the API). */
export const SEARCH_TEXT_MAX = 200;

/** One search in one municipality, as every provider receives it. */
export type SearchQuery = {
  municipalityId: string;
  /** Normalised by `normaliseSearchText`: never empty, at most SEARCH_TEXT_MAX characters. */
  text: string;
  /** The page's language: the text is stemmed by its rules. */
  lang: Lang;
  /** Who searches: a provider returns only what this actor may see in this municipality. */
  actor: Actor;
};

/** One thing found. */
export type SearchHit = {
  /** Message key of the label of its kind ("Goal", "Initiative", ...). */
  kind: MessageKey;
  title: Highlighted;
  /** A short passage of its text around the matches. */
  snippet: Highlighted;
  /** Path of its page, starting with `/<lang>/`. */
  href: string;
  /**
   * Rank on the scale of `textSearch` (src/db/text-search.ts): 2–3 for a title match, 1–2 for a
   * match in the text only, below 1 for a hit by similarity alone. Higher first.
   */
  rank: number;
};

/**
 * A domain's part of the municipality search: finds its own things (SQL in its own `*.queries.ts`)
 * and leaves out what the actor may not see. Declared as `search` in the domain's `module.ts`.
 */
export type SearchProvider = (db: Db, query: SearchQuery) => Promise<SearchHit[]>;

const providers = new Map<string, SearchProvider>();

/**
 * Adds a domain's search provider. The composition (src/modules.ts) calls it for every module
 * that declares `search`, the same way it registers menus and messages; the search page asks
 * `searchProviders()` and so never imports the module list (which imports the search page).
 * A domain registered twice is a programming error and throws.
 */
export function registerSearchProvider(owner: string, provider: SearchProvider): void {
  if (providers.has(owner)) throw new Error(`A search provider of ${owner} is already registered.`);
  providers.set(owner, provider);
}

/** Every registered provider, in the order the modules are listed. */
export function searchProviders(): readonly SearchProvider[] {
  return [...providers.values()];
}

/**
 * A search text as the user meant it: control characters (NUL included) and our highlight
 * markers become spaces, runs of white space one space, trimmed, cut to SEARCH_TEXT_MAX
 * characters (never inside a character), and lone surrogates replaced. '' means: no search.
 */
export function normaliseSearchText(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const cleaned = raw
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\p{Cc}\uE000\uE001]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, SEARCH_TEXT_MAX).join('').trim();
}

/**
 * Similarity is a fallback: when anything matched in full text, the hits found by similarity
 * alone (rank below 1) are left out; otherwise they are all there is.
 */
export function bestTier<T extends { rank: number }>(hits: readonly T[]): T[] {
  const exact = hits.filter((h) => h.rank >= 1);
  return exact.length > 0 ? exact : [...hits];
}
