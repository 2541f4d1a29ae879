/** LIX readability for Swedish and Norwegian texts: score, band and what to shorten. See README.md. */

export type { LixBand, Readability } from './lix.ts';
export { lixBand, readability } from './lix.ts';
