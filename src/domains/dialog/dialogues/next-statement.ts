import { seededRandom } from '../../../vocabulary/random.ts';

/** What the engine gives a statement nobody has voted on yet: ((1/4)·9)², as Polis does. */
export const UNVOTED_PRIORITY = 5.0625;

export type Candidate = { id: string; isSeed: boolean };

/**
 * The statement a participant is shown next: one they have not voted on, seed statements first,
 * drawn with the weight of the map's priority (statements the map has not seen yet get the
 * priority of an unvoted one), as Polis routes statements. The draw is seeded by who asks and how
 * many votes they have cast, so a reload shows the same statement until they vote.
 */
export function nextStatement(
  statements: readonly Candidate[],
  voted: ReadonlySet<string>,
  priorities: ReadonlyMap<string, number>,
  seed: number,
): string | undefined {
  const open = statements.filter((s) => !voted.has(s.id));
  const seeds = open.filter((s) => s.isSeed);
  const pool = seeds.length > 0 ? seeds : open;
  if (pool.length === 0) return undefined;
  const weights = pool.map((s) => Math.max(priorities.get(s.id) ?? UNVOTED_PRIORITY, 1e-9));
  const total = weights.reduce((a, b) => a + b, 0);
  let at = seededRandom(seed)() * total;
  for (const [i, s] of pool.entries()) {
    at -= weights[i] ?? 0;
    if (at < 0) return s.id;
  }
  return pool.at(-1)?.id;
}

/** A 32-bit seed from a text (FNV-1a), for `nextStatement`. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
